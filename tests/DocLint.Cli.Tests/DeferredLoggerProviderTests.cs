using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocLint.Cli.Tests;

/// <summary>The console logger is built only when a message gets past the level, and then receives it unchanged.</summary>
public sealed class DeferredLoggerProviderTests
{
    [Fact]
    public void Loggers_and_filtered_messages_do_not_build_the_provider()
    {
        var created = 0;
        using var factory = LoggerFactory.Create(logging =>
        {
            logging.AddProvider(new DeferredLoggerProvider(() => { created++; return new RecordingProvider(); }));
            logging.SetMinimumLevel(LogLevel.Warning);
        });
        var logger = factory.CreateLogger("DocLint.Cli.LintRunner");

        Write(logger, LogLevel.Debug, 1, "linted a.md");
        Write(logger, LogLevel.Information, 1, "linted a.md");

        Assert.False(logger.IsEnabled(LogLevel.Debug));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
        Assert.Equal(0, created);
    }

    [Fact]
    public void The_first_message_past_the_level_builds_the_provider_once_and_reaches_it()
    {
        var created = 0;
        var recorder = new RecordingProvider();
        // Registered as the host registers it, so disposing the services disposes (flushes) the real provider.
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<ILoggerProvider>(_ => new DeferredLoggerProvider(() => { created++; return recorder; }))
            .BuildServiceProvider();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("DocLint.Cli.LintRunner");

        Write(logger, LogLevel.Warning, 3, "could not lint a.md");
        Write(logger, LogLevel.Error, 0, "could not lint b.md");
        services.Dispose();

        Assert.Equal(1, created);
        Assert.Equal(
            ["DocLint.Cli.LintRunner Warning 3 could not lint a.md", "DocLint.Cli.LintRunner Error 0 could not lint b.md"],
            recorder.Lines);
        Assert.True(recorder.Disposed);
    }

    [Fact]
    public void Disposing_without_a_message_builds_nothing()
    {
        var created = 0;
        var provider = new DeferredLoggerProvider(() => { created++; return new RecordingProvider(); });
        provider.CreateLogger("DocLint.Cli.LintRunner");

        provider.Dispose();

        Assert.Equal(0, created);
    }

    private static void Write(ILogger logger, LogLevel level, int id, string text) =>
        logger.Log(level, new EventId(id), text, null, (state, _) => state);

    private sealed class RecordingProvider : ILoggerProvider
    {
        public List<string> Lines { get; } = [];

        public bool Disposed { get; private set; }

        public ILogger CreateLogger(string categoryName) => new RecordingLogger(this, categoryName);

        public void Dispose() => Disposed = true;

        private sealed class RecordingLogger(RecordingProvider owner, string categoryName) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Add($"{categoryName} {logLevel} {eventId.Id} {formatter(state, exception)}");
        }
    }
}
