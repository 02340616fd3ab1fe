using System.Globalization;

namespace PartnershipBot.Bench.Scale;

/// <summary>The command line: sizes, store, ports, output file.</summary>
internal sealed record ScaleOptions(
    string Store, string? Postgres, int Respondents, int Reminders, int History, int Conversations,
    int Port, int StubPort, int LoadgenPort, string Out, string Phases)
{
    public static ScaleOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var store = values.GetValueOrDefault("store", "sqlite");
        if (store is not ("sqlite" or "postgres") || (store == "postgres" && !values.ContainsKey("postgres")))
        {
            throw new ArgumentException("--store is sqlite or postgres; postgres needs --postgres CONNSTR.");
        }

        return new ScaleOptions(store, values.GetValueOrDefault("postgres"), Int("respondents", 2000), Int("reminders", 100_000),
            Int("history", 1000), Int("conversations", 500), Int("port", 3998), Int("stub-port", 3999), Int("loadgen-port", 3997),
            values.GetValueOrDefault("out", "scale.jsonl"), values.GetValueOrDefault("phases", "conversations,history,round,reminders"));
    }
}
