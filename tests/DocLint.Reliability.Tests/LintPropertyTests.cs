using System.Text;
using CsCheck;

namespace DocLint.Reliability.Tests;

/// <summary>
/// Properties over generated and mutated documents, bounded (2,000 cases each, a few seconds) so they run in CI.
/// A failure prints CsCheck's seed and the smallest document that breaks the promise.
/// </summary>
public sealed class LintPropertyTests
{
    private const long Cases = 2000;

    private readonly LintInvariants _invariants = new();

    [Fact]
    public void Generated_markdown_never_throws_and_every_span_is_inside_the_document() =>
        MarkdownGenerators.Markdown.Sample(text => Assert.Null(_invariants.Check("doc.md", Encoding.UTF8.GetBytes(text)).Violation), iter: Cases);

    [Fact]
    public void Generated_plain_text_never_throws_and_every_span_is_inside_the_document() =>
        MarkdownGenerators.Markdown.Sample(text => Assert.Null(_invariants.Check("doc.txt", Encoding.UTF8.GetBytes(text)).Violation), iter: Cases);

    [Fact]
    public void Arbitrary_characters_never_throw() =>
        MarkdownGenerators.AnyText.Sample(text => Assert.Null(_invariants.Check("doc.md", Encoding.UTF8.GetBytes(text)).Violation), iter: Cases);

    [Fact]
    public void Mutated_real_documents_never_throw_and_every_span_is_inside_the_document()
    {
        var seeds = ExampleDocuments.Load();
        MarkdownGenerators.Mutated(seeds).Sample(bytes => Assert.Null(_invariants.Check("doc.md", bytes).Violation), iter: Cases);
    }

    [Theory]
    [InlineData("doc.md")]
    [InlineData("doc.txt")]
    public void Line_endings_do_not_change_the_findings(string name) =>
        MarkdownGenerators.Markdown.Where(text => !text.Contains('\r', StringComparison.Ordinal)).Sample(
            text =>
            {
                var unix = _invariants.Check(name, Encoding.UTF8.GetBytes(text)).Report;
                var windows = _invariants.Check(name, Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))).Report;
                Assert.Equal(unix.Diagnostics.Select(LintInvariants.Describe), windows.Diagnostics.Select(LintInvariants.Describe));
            },
            iter: Cases);
}
