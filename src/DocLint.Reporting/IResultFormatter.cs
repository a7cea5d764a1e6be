using DocLint.Pipeline;

namespace DocLint.Reporting;

/// <summary>Writes a run's result in one output format.</summary>
internal interface IResultFormatter
{
    string Name { get; }

    /// <summary>Whether the human summary follows the findings on stdout.</summary>
    bool WantsSummary { get; }

    void Write(LintRun result, TextWriter writer);
}
