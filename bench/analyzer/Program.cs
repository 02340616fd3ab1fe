using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using PartnershipBot.Dialogs.TextAnalysis;

// usage: dotnet run -c Release --project bench/analyzer [-- SECONDS [JSONL...]]
// Pins itself to one core, warms up, then analyzes the statements round-robin for SECONDS (default 10).
var root = FindRoot(AppContext.BaseDirectory);
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var files = args.Length > 1 ? args[1..] : [Path.Combine(root, "tests/PartnershipBot.Dialogs.Tests/TextAnalysis/devset.jsonl")];
var texts = files.SelectMany(File.ReadLines)
    .Where(line => !string.IsNullOrWhiteSpace(line))
    .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
    .ToArray();

if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

// First use loads the lexicons and trains the learned model on the embedded labelled statements.
var startup = Stopwatch.StartNew();
var analyzer = PitfallTextAnalyzer.Default;
startup.Stop();
var sink = 0;
var warmup = Stopwatch.StartNew();
while (warmup.Elapsed.TotalSeconds < 2)
{
    foreach (var text in texts)
    {
        sink += analyzer.Analyze(text).Pitfalls.Count;
    }
}

GC.Collect();
var done = 0L;
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var collectionsBefore = GC.CollectionCount(0);
var clock = Stopwatch.StartNew();
while (clock.Elapsed.TotalSeconds < seconds)
{
    foreach (var text in texts)
    {
        sink += analyzer.Analyze(text).Pitfalls.Count;
    }

    done += texts.Length;
}

clock.Stop();
var bytesPerText = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)done;
var collections = GC.CollectionCount(0) - collectionsBefore;
var perSecond = done / clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"texts: {texts.Length} distinct, {done} analyzed in {clock.Elapsed.TotalSeconds:0.0} s on one core"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput: {perSecond:0} texts/s ({1e6 / perSecond:0.0} µs per text; {texts.Average(t => t.Length):0} characters on average)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated: {bytesPerText / 1024:0.0} KiB per text ({collections} gen-0 collections)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start-up: {startup.Elapsed.TotalMilliseconds:0} ms (lexicons loaded, model trained)"));
Console.WriteLine($"machine: {CpuModel()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(checksum {sink})"));

static string FindRoot(string from)
{
    for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PartnershipBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from inside the repository.");
}

static string CpuModel()
{
    const string cpuInfo = "/proc/cpuinfo";
    var line = File.Exists(cpuInfo) ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
    return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
}
