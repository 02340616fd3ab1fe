#!/usr/bin/env node
// Validates Teams app manifests against the draft-04 Teams schema.
//
//   node validate-manifest.js --schema SCHEMA.json MANIFEST.json [MORE.json ...]
//
// Prints one JSON line per file: {"file": ..., "valid": bool, "errors": [{"path", "keyword", "message"}]}.
// Exit code: 0 all valid, 1 at least one invalid, 2 usage or I/O error.
// ajv-draft-04 is used because the schema declares draft-04 but relies on `const` and `if`/`then`,
// which draft-04-only validators (NJsonSchema among them) silently skip.
"use strict";

const fs = require("node:fs");
const Ajv4 = require("ajv-draft-04");
const addFormats = require("ajv-formats");

function parseArgs(argv) {
  const files = [];
  let schema;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--schema") {
      schema = argv[++i];
    } else {
      files.push(argv[i]);
    }
  }
  return { schema, files };
}

function main() {
  const { schema, files } = parseArgs(process.argv.slice(2));
  if (!schema || files.length === 0) {
    process.stderr.write("usage: node validate-manifest.js --schema SCHEMA.json MANIFEST.json [...]\n");
    return 2;
  }
  // strictTypes only warns about the schema's own slips (minimum used as minItems); silence them.
  const ajv = new Ajv4({ allErrors: true, strictTypes: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schema, "utf8")));
  let allValid = true;
  for (const file of files) {
    let result;
    try {
      const valid = validate(JSON.parse(fs.readFileSync(file, "utf8")));
      const errors = (validate.errors || []).map((e) => ({ path: e.instancePath, keyword: e.keyword, message: e.message }));
      result = { file, valid, errors };
    } catch (err) {
      result = { file, valid: false, errors: [{ path: "", keyword: "parse", message: String(err.message) }] };
    }
    allValid = allValid && result.valid;
    process.stdout.write(JSON.stringify(result) + "\n");
  }
  return allValid ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`validate-manifest: ${err.message}\n`);
  process.exitCode = 2;
}
