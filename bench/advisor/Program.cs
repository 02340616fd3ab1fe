using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using PartnershipBot.Dialogs.Advisor;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;

// usage: dotnet run -c Release --project bench/advisor [-- ROUNDS]
// Pins itself to one core, warms up, then times every question of the blind set alone, ROUNDS times (default 200).
var root = FindRoot(AppContext.BaseDirectory);
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var questions = File.ReadLines(Path.Combine(root, "tests/PartnershipBot.Dialogs.Tests/Advisor/advisor-questions.jsonl"))
    .Where(line => !string.IsNullOrWhiteSpace(line))
    .Select(line => JsonDocument.Parse(line).RootElement)
    .Select(e => (Text: e.GetProperty("question").GetString()!, Language: e.GetProperty("lang").GetString() == "en" ? Language.En : Language.Nl))
    .ToArray();

if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

var built = Stopwatch.StartNew();
var advisor = PartnershipAdvisor.Create(ContentCatalog.LoadEmbedded(), PitfallTextAnalyzer.Default);
built.Stop();
var sink = 0;
for (var i = 0; i < 20; i++)
{
    foreach (var (text, language) in questions)
    {
        sink += advisor.Advise(text, language, null) is null ? 0 : 1;
    }
}

GC.Collect();
var samples = new List<double>(rounds * questions.Length);
for (var round = 0; round < rounds; round++)
{
    foreach (var (text, language) in questions)
    {
        var start = Stopwatch.GetTimestamp();
        sink += advisor.Advise(text, language, null) is null ? 0 : 1;
        samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}

samples.Sort();
double At(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index built in {built.Elapsed.TotalMilliseconds:0} ms (content load, validation, analyzers, {questions.Length} questions)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answers: {samples.Count}; p50 {At(0.50):0.000} ms, p90 {At(0.90):0.000} ms, p99 {At(0.99):0.000} ms, max {samples[^1]:0.000} ms on one core"));
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
