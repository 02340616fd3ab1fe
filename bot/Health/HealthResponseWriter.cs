using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnershipBot.Health;

/// <summary>
/// A short JSON body an operator can read at a glance: the overall status, each check's status and,
/// for a failed one, the check's own description. Exception messages are never written (they may
/// carry a host name or a connection detail).
/// </summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(report);
        var body = new HealthBody(
            report.Status.ToString(),
            [.. report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key).Order(StringComparer.Ordinal)],
            report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(
                e => e.Key,
                e => new HealthCheckBody(e.Value.Status.ToString(), e.Value.Status == HealthStatus.Healthy ? null : e.Value.Description ?? "The check did not finish in time.")));
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, body, HealthJson.Options, http.RequestAborted);
    }
}
