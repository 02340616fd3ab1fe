using System.Text.Json.Nodes;

namespace PartnershipBot.Bench.Scale;

/// <summary>Appends one JSON line per figure, each naming the store it was measured on, and echoes it.</summary>
internal sealed class Results(string path, string store)
{
    public Task MachineAsync()
    {
        Console.WriteLine($"results: {Path.GetFullPath(path)}");
        return Task.CompletedTask;
    }

    public void Write(string figure, JsonObject values)
    {
        var line = new JsonObject { ["kind"] = figure, ["store"] = store, ["at"] = DateTimeOffset.UtcNow.ToString("O") };
        foreach (var (key, value) in values)
        {
            line[key] = value?.DeepClone();
        }

        var text = line.ToJsonString();
        File.AppendAllText(path, text + "\n");
        Console.WriteLine(text);
    }
}
