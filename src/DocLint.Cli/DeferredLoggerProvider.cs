using Microsoft.Extensions.Logging;

namespace DocLint.Cli;

/// <summary>
/// Stands in for a logger provider and creates it on the first message that passes the host's level filter.
/// In the native tool, building the console logger resolves a dozen generic option types through the type loader,
/// which took about a fifth of a one-file run's CPU (docs/performance.md, "Start-up: the host"); most runs log nothing.
/// </summary>
internal sealed class DeferredLoggerProvider(Func<ILoggerProvider> create) : ILoggerProvider
{
    private readonly Lazy<ILoggerProvider> provider = new(create);

    public ILogger CreateLogger(string categoryName) => new DeferredLogger(provider, categoryName);

    public void Dispose()
    {
        // Disposing the real provider flushes what it has queued; one never created has nothing to flush.
        if (provider.IsValueCreated)
        {
            provider.Value.Dispose();
        }
    }

    private sealed class DeferredLogger(Lazy<ILoggerProvider> provider, string categoryName) : ILogger
    {
        private readonly Lazy<ILogger> logger = new(() => provider.Value.CreateLogger(categoryName));

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logger.Value.BeginScope(state);

        // The host's logger has already applied the minimum level; the console logger itself rejects only None,
        // so answering here keeps "is it enabled" from building the provider.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logger.Value.Log(logLevel, eventId, state, exception, formatter);
    }
}
