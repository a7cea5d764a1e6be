using DocLint.Cli.Configuration;
using DocLint.Cli.Inputs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocLint.Cli.Watch;

/// <summary>
/// <c>doclint watch</c>: runs <see cref="WatchService"/> in its own small host (the empty builder: no configuration
/// files, no environment scan, so start-up stays as cheap as a lint) until Ctrl+C stops the host.
/// </summary>
internal sealed class WatchCommandHandler(CliConsole console, InputResolver resolver, LintRunner runner, PolicyRunFactory policies)
{
    public async Task<int> RunAsync(WatchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The host's console lifetime turns Ctrl+C (SIGINT) and SIGTERM into a clean stop; the lint commands
        // have no such handler, since stopping them half-way is fine. Its "Application started" lines would clutter the output.
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(console);
        builder.Services.AddSingleton(resolver);
        builder.Services.AddSingleton(runner);
        builder.Services.AddSingleton(policies);
        builder.Services.AddSingleton<WatchService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<WatchService>());
        using var host = builder.Build();
        // Resolved before the run: RunAsync disposes the host's services when it returns.
        var service = host.Services.GetRequiredService<WatchService>();
        try
        {
            await host.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C before the host had finished starting: still a clean stop.
        }

        return service.ExitCode;
    }
}
