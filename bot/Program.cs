using Microsoft.Extensions.Options;
using PartnershipBot;
using PartnershipBot.Analysis;
using PartnershipBot.Cards;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Reports;

// Command-line tools share the binary with the bot; everything else starts the host.
if (args is ["analyze", ..])
{
    return await AnalyzeCommand.RunAsync(Console.In, Console.Out, CancellationToken.None);
}

if (args is ["cards", .. var cardArgs])
{
    return await CardSamplesCommand.RunAsync(cardArgs, Console.Out, CancellationToken.None);
}

if (args is ["report", .. var reportArgs])
{
    return await ReportCli.RunAsync(reportArgs, Console.Out, CancellationToken.None);
}

if (args is ["migrate-storage", .. var migrateArgs])
{
    return await PartnershipBot.Storage.Migration.MigrateStorageCommand.RunAsync(migrateArgs, Console.Out, CancellationToken.None);
}

try
{
    var app = BotApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is StartupRefusedException or OptionsValidationException or ContentValidationException)
{
    await Console.Error.WriteLineAsync("PartnershipBot did not start: " + exception.Message);
    return 2;
}

/// <summary>Entry point; public so tests can reach the host.</summary>
public partial class Program;
