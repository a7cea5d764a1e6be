using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Pipeline;
using DocLint.Rules;

namespace DocLint.Cli.Tests.Score;

/// <summary>The gate reads each document's own minimum, so .editorconfig can set one per folder.</summary>
public sealed class ScoreGatePerDocumentTests
{
    [Fact]
    public void Each_document_is_held_to_the_minimum_its_settings_gave_it()
    {
        var engine = new LintEngine(BuiltInAnalyzers.Create());
        var text = Encoding.UTF8.GetBytes("Unemployment rose to 7 percent last year, according to the Office for National Statistics.\n");
        var strict = ScoreGate.Apply(engine.Lint("news/a.md", text, DocumentSettings.Default with { MinScore = 76 }), UnratedScores.Ignore);
        var lenient = ScoreGate.Apply(engine.Lint("blog/a.md", text, DocumentSettings.Default with { MinScore = 75 }), UnratedScores.Ignore);
        var ungated = ScoreGate.Apply(engine.Lint("misc/a.md", text, DocumentSettings.Default), UnratedScores.Ignore);

        var run = new LintRun([strict, lenient, ungated], []);

        // One sourced figure claim naming one source: 100 x (2 + 1.5 + 1) / (2 + 1.5 + 1 + 1.5) = 75, below 76 and at 75.
        Assert.Equal(75, strict.Score!.Value);
        Assert.Equal(["news/a.md"], run.GateFailures.Select(f => f.Path));
        var failure = Assert.Single(strict.Diagnostics, ScoreGate.IsGateFailure);
        Assert.Equal(("DL0020", DiagnosticSeverity.Error, "Source reliability 75/100 (B) is below the minimum score 76"), (failure.Id, failure.Severity, failure.Message));
    }
}
