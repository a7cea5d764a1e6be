using System.Collections.Immutable;
using DocLint.Baselines;
using DocLint.Cli.Inputs;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Reporting;

namespace DocLint.Cli.Configuration;

/// <summary>One lint run's policy: settings per input (.editorconfig, then the command line) and the optional baseline.</summary>
public sealed class PolicyRun(PolicyResolver resolver, string workingDirectory, BaselineFile? baseline)
{
    public PolicyResolver Resolver => resolver;

    /// <summary>Each configuration problem once, however many documents it touched.</summary>
    public ImmutableArray<Diagnostic> Problems => [.. resolver.Problems];

    /// <summary>Standard input is configured as if it were --stdin-filename in the working directory.</summary>
    public DocumentSettings SettingsFor(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return resolver.For(file.FullPath ?? Path.GetFullPath(file.DisplayPath, workingDirectory));
    }

    /// <summary>The reports with baselined findings marked, or unchanged (and nothing unmatched) without --baseline.</summary>
    public BaselineOutcome ApplyBaseline(ImmutableArray<DocumentReport> reports) =>
        baseline is null ? new BaselineOutcome(reports, []) : BaselineMatcher.Apply(reports, baseline);
}
