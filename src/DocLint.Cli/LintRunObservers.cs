using DocLint.Pipeline;
using DocLint.Reporting;

namespace DocLint.Cli;

/// <summary>Callbacks a <see cref="LintRunner"/> run makes while it goes on.</summary>
/// <param name="OnDocument">
/// Called with each document's report as soon as it and every document before it in path order are done, one call at
/// a time, in the order <see cref="LintSession.Complete"/> sorts them, so output can be written while the rest are
/// linted. It returns what the run keeps of the report: the report, or a lighter copy once written.
/// </param>
/// <param name="KeepContent">Called with each file's display path and the bytes read from it (the HTML report shows the text).</param>
/// <param name="OnCaughtUp">
/// Called after each run of <paramref name="OnDocument"/> calls, when the next document in path order is not done
/// yet: written output can be flushed then, so it appears while the run waits and not one write per document.
/// </param>
internal sealed record LintRunObservers(
    Func<DocumentReport, DocumentReport>? OnDocument = null,
    Action<string, byte[]>? KeepContent = null,
    Action? OnCaughtUp = null);
