using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using DocLint.Text;

namespace DocLint.Documents;

/// <summary>
/// Walks Markdig's syntax tree once and keeps only prose: paragraphs, headings, list items, quotes and
/// table cells. Code, HTML, front matter, link destinations and footnote definitions are left out;
/// links and footnote references become evidence attached to the block.
/// </summary>
internal static class MarkdownProseExtractor
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .Build();

    public static ProseDocument Extract(string path, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var folding = CrlfFolding.Fold(source.Text);
        var markdown = Markdown.Parse(folding.Text, Pipeline);
        var walker = new Walker(folding);
        walker.VisitContainer(markdown, ProseBlockKind.Paragraph, inQuote: false);
        return new ProseDocument(path, DocumentKind.Markdown, source, walker.Blocks.ToImmutable(), walker.Comments.ToImmutable());
    }

    // Reads Markdig's spans against the folded text it parsed and records them as the file's offsets.
    private sealed class Walker(CrlfFolding folding)
    {
        private readonly string _text = folding.Text;

        // The leaf block whose inlines are being read: where a literal must lie.
        private SourceSpan _blockSpan = SourceSpan.Empty;

        public ImmutableArray<ProseBlock>.Builder Blocks { get; } = ImmutableArray.CreateBuilder<ProseBlock>();

        public ImmutableArray<HtmlComment>.Builder Comments { get; } = ImmutableArray.CreateBuilder<HtmlComment>();

        public void VisitContainer(ContainerBlock container, ProseBlockKind kind, bool inQuote)
        {
            foreach (var block in container)
            {
                VisitBlock(block, kind, inQuote);
            }
        }

        private void VisitBlock(Block block, ProseBlockKind kind, bool inQuote)
        {
            switch (block)
            {
                case YamlFrontMatterBlock:
                case CodeBlock:
                case LinkReferenceDefinitionGroup:
                case FootnoteGroup:
                case ThematicBreakBlock:
                    return;
                case HtmlBlock html:
                    CollectComments(html.Span);
                    return;
                case QuoteBlock quote:
                    VisitContainer(quote, kind, inQuote: true);
                    return;
                case ListItemBlock item:
                    VisitContainer(item, ProseBlockKind.ListItem, inQuote);
                    return;
                case TableCell cell:
                    VisitContainer(cell, ProseBlockKind.TableCell, inQuote);
                    return;
                case HeadingBlock heading when heading.Inline is not null:
                    AddBlock(heading.Inline, ProseBlockKind.Heading, inQuote);
                    return;
                case ParagraphBlock paragraph when paragraph.Inline is not null:
                    AddBlock(paragraph.Inline, kind, inQuote);
                    return;
                case ContainerBlock other:
                    VisitContainer(other, kind, inQuote);
                    return;
                default:
                    return;
            }
        }

        private void AddBlock(ContainerInline inline, ProseBlockKind kind, bool inQuote)
        {
            _blockSpan = inline.ParentBlock?.Span ?? SourceSpan.Empty;
            var builder = new ProseBuilder();
            var evidence = ImmutableArray.CreateBuilder<Evidence>();
            VisitInlines(inline, builder, evidence);
            if (builder.IsBlank())
            {
                return;
            }

            Blocks.Add(new ProseBlock(Blocks.Count, kind, builder.ToText(), builder.ToSourceMap(), evidence.ToImmutable(), inQuote));
        }

        private void VisitInlines(ContainerInline container, ProseBuilder builder, ImmutableArray<Evidence>.Builder evidence)
        {
            foreach (var inline in container)
            {
                VisitInline(inline, builder, evidence);
            }
        }

        private void VisitInline(Inline inline, ProseBuilder builder, ImmutableArray<Evidence>.Builder evidence)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(literal.Content.AsSpan(), literal.Span, builder);
                    break;
                case HtmlEntityInline entity:
                    Append(builder, entity.Transcoded.AsSpan(), entity.Span.Start, entity.Span.Length);
                    break;
                case LineBreakInline lineBreak:
                    Append(builder, "\n", lineBreak.Span.Start, Math.Max(0, lineBreak.Span.Length));
                    break;
                case CodeInline code:
                    AppendPlaceholder(builder, code.Span.Start, code.Span.Length);
                    break;
                case AutolinkInline autolink:
                    AppendUrl(autolink.Url, autolink.Span, builder, evidence);
                    break;
                case LinkInline { IsImage: true } image:
                    AppendPlaceholder(builder, image.Span.Start, image.Span.Length);
                    break;
                case LinkInline { IsAutoLink: true } bare:
                    AppendUrl(bare.Url ?? string.Empty, bare.Span, builder, evidence);
                    break;
                case LinkInline link:
                    var start = builder.Length;
                    VisitInlines(link, builder, evidence);
                    evidence.Add(new Evidence(EvidenceKind.Link, TextSpan.FromBounds(start, builder.Length), link.Url ?? string.Empty));
                    break;
                case FootnoteLink footnote:
                    if (!footnote.IsBackLink)
                    {
                        var at = builder.Length;
                        AppendPlaceholder(builder, footnote.Span.Start, footnote.Span.Length);
                        evidence.Add(new Evidence(EvidenceKind.Footnote, new TextSpan(at, 1), footnote.Footnote?.Label ?? string.Empty));
                    }

                    break;
                case HtmlInline html:
                    CollectComments(html.Span);
                    break;
                case ContainerInline nested:
                    VisitInlines(nested, builder, evidence);
                    break;
                default:
                    break;
            }
        }

        private void AppendUrl(string url, SourceSpan span, ProseBuilder builder, ImmutableArray<Evidence>.Builder evidence)
        {
            var at = builder.Length;
            AppendPlaceholder(builder, span.Start, span.Length);
            evidence.Add(new Evidence(EvidenceKind.Link, new TextSpan(at, 1), url));
        }

        // Plain text maps character by character. Markdig may trim a literal (table cells) or fold escapes
        // into it ("\\*sharply\\*" becomes "*sharply*"), so align the content with its source text.
        // How far Markdig's span of a literal after a tab may be off: a tab stops every four columns.
        private const int TabShift = 4;

        private void AppendLiteral(ReadOnlySpan<char> content, SourceSpan span, ProseBuilder builder)
        {
            if (content.Length == 0 || span.IsEmpty)
            {
                return;
            }

            var end = Math.Min(span.End + 1, _text.Length);
            var raw = _text.AsSpan(span.Start, end - span.Start);
            var offset = raw.IndexOf(content, StringComparison.Ordinal);
            if (offset >= 0)
            {
                Append(builder, content, span.Start + offset, content.Length);
                return;
            }

            // Markdig places a literal that follows a tab in a heading ("# \tcritics say") before its block, even
            // on an earlier line; a span outside its block is wrong, so find the content in the block instead.
            var outsideBlock = span.Start < _blockSpan.Start || span.End > _blockSpan.End;
            if (outsideBlock && TryAppendInBlock(content, builder))
            {
                return;
            }

            // The same tab can also shift the span by a few columns inside its block ("# \t… could"), so the content
            // sits just beside it; look a tab's width either side before aligning character by character.
            if (!_blockSpan.IsEmpty && _blockSpan.Start >= 0)
            {
                var from = Math.Max(_blockSpan.Start, span.Start - TabShift);
                var to = Math.Min(Math.Min(_blockSpan.End + 1, _text.Length), end + TabShift);
                var near = to > from ? _text.AsSpan(from, to - from).IndexOf(content, StringComparison.Ordinal) : -1;
                if (near >= 0)
                {
                    Append(builder, content, from + near, content.Length);
                    return;
                }
            }

            // A tab before a combining mark and raw HTML in a heading ("## \t\u0301</div>… $4 million<!-- unclosed
            // critics say") moves the span further, still inside the block: the content is still the block's, and
            // aligning it against the wrong text would tie the finding to an offset that ignores the line endings.
            if (!outsideBlock && TryAppendInBlock(content, builder))
            {
                return;
            }

            var s = 0;
            for (var c = 0; c < content.Length; c++)
            {
                if (s < raw.Length && raw[s] == content[c])
                {
                    Append(builder, content.Slice(c, 1), span.Start + s, 1);
                    s++;
                }
                else if (s + 1 < raw.Length && raw[s] == '\\' && raw[s + 1] == content[c])
                {
                    Append(builder, content.Slice(c, 1), span.Start + s, 2);
                    s += 2;
                }
                else
                {
                    // Unknown rewrite: keep the rest atomic rather than guess.
                    Append(builder, content[c..], span.Start + Math.Min(s, raw.Length), Math.Max(0, raw.Length - s));
                    return;
                }
            }
        }

        private bool TryAppendInBlock(ReadOnlySpan<char> content, ProseBuilder builder)
        {
            if (_blockSpan.IsEmpty || _blockSpan.Start < 0)
            {
                return false;
            }

            var blockEnd = Math.Min(_blockSpan.End + 1, _text.Length);
            var inBlock = _text.AsSpan(_blockSpan.Start, blockEnd - _blockSpan.Start).IndexOf(content, StringComparison.Ordinal);
            if (inBlock < 0)
            {
                return false;
            }

            Append(builder, content, _blockSpan.Start + inBlock, content.Length);
            return true;
        }

        private void Append(ProseBuilder builder, ReadOnlySpan<char> prose, int foldedStart, int foldedLength)
        {
            var start = folding.ToSource(foldedStart);
            builder.Append(prose, start, folding.ToSource(foldedStart + foldedLength) - start);
        }

        private void AppendPlaceholder(ProseBuilder builder, int foldedStart, int foldedLength)
        {
            var start = folding.ToSource(foldedStart);
            builder.AppendPlaceholder(start, folding.ToSource(foldedStart + foldedLength) - start);
        }

        private void CollectComments(SourceSpan span)
        {
            if (span.IsEmpty || span.Start < 0)
            {
                return;
            }

            var end = Math.Min(_text.Length, span.End + 1);
            var text = _text.AsSpan(span.Start, end - span.Start);
            var offset = 0;
            while (true)
            {
                var open = text[offset..].IndexOf("<!--", StringComparison.Ordinal);
                if (open < 0)
                {
                    return;
                }

                open += offset;
                var close = text[(open + 4)..].IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    return;
                }

                close += open + 4;
                var content = text[(open + 4)..close].ToString();
                Comments.Add(new HtmlComment(content, TextSpan.FromBounds(folding.ToSource(span.Start + open), folding.ToSource(span.Start + close + 3))));
                offset = close + 3;
            }
        }
    }
}
