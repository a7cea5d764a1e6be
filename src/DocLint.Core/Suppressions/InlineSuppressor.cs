using System.Collections.Immutable;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Suppressions;

/// <summary>
/// Applies a document's <c>doclint-disable…</c> comments. Suppressed findings are kept, marked InSource with
/// the comment's reason, so SARIF can carry them; the comments' own problems come back as DL0003 (unknown ID
/// or category), DL0004 (suppresses nothing) and DL0005 (no reason, when the policy asks for one).
/// </summary>
internal sealed class InlineSuppressor
{
    private const string AllRules = "*";

    private readonly Dictionary<string, string> _ids;

    public InlineSuppressor(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        _ids = descriptors.Select(d => d.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase);
    }

    public ImmutableArray<Diagnostic> Apply(ProseDocument document, ImmutableArray<Diagnostic> diagnostics, bool requireReason)
    {
        ArgumentNullException.ThrowIfNull(document);
        var extra = new List<Diagnostic>();
        var directives = new List<(SuppressionDirective Directive, ImmutableArray<string> Targets)>();
        foreach (var comment in document.Comments)
        {
            if (SuppressionDirectiveParser.TryParse(comment) is not { } directive)
            {
                continue;
            }

            var targets = ImmutableArray.CreateBuilder<string>();
            foreach (var target in directive.Targets)
            {
                if (Canonical(target) is { } known)
                {
                    targets.Add(known);
                }
                else
                {
                    extra.Add(At(document, directive.Span, InfrastructureDescriptors.UnknownRuleInDirective, target));
                }
            }

            if (directive.AppliesToAllRules)
            {
                targets.Add(AllRules);
            }

            if (requireReason && directive.Kind != SuppressionDirectiveKind.Enable && directive.Reason is null)
            {
                extra.Add(At(document, directive.Span, InfrastructureDescriptors.SuppressionWithoutReason));
            }

            directives.Add((directive, targets.ToImmutable()));
        }

        if (directives.Count == 0)
        {
            return extra.Count == 0 ? diagnostics : diagnostics.AddRange(extra);
        }

        var used = new HashSet<(SuppressionDirective, string)>();
        var found = FindSuppressors(document, directives, diagnostics);
        var result = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length + extra.Count);
        for (var i = 0; i < diagnostics.Length; i++)
        {
            if (found[i] is { } by)
            {
                used.Add(by);
                result.Add(diagnostics[i] with { Suppression = new Suppression(SuppressionKind.InSource, by.Directive.Reason ?? string.Empty) });
            }
            else
            {
                result.Add(diagnostics[i]);
            }
        }

        foreach (var (directive, targets) in directives.Where(d => d.Directive.Kind != SuppressionDirectiveKind.Enable))
        {
            foreach (var target in targets.Where(t => !used.Contains((directive, t))))
            {
                extra.Add(At(document, directive.Span, InfrastructureDescriptors.UnusedSuppression, target == AllRules ? "all rules" : target));
            }
        }

        result.AddRange(extra);
        return result.ToImmutable();
    }

    private string? Canonical(string target) =>
        _ids.TryGetValue(target, out var id) ? id : RuleCategories.All.FirstOrDefault(c => c.Equals(target, StringComparison.OrdinalIgnoreCase));

    // The most specific comment wins: this line or the next, then the enclosing disable…enable, then the file.
    // Indexed once per document and replayed in one pass over the findings in position order, so thousands of
    // comments and findings cost linear time, not comments × findings.
    private static (SuppressionDirective Directive, string Target)?[] FindSuppressors(
        ProseDocument document,
        List<(SuppressionDirective Directive, ImmutableArray<string> Targets)> directives,
        ImmutableArray<Diagnostic> diagnostics)
    {
        var byLine = new Dictionary<int, TargetIndex>();
        var wholeFile = new TargetIndex();
        foreach (var (directive, targets) in directives)
        {
            switch (directive.Kind)
            {
                case SuppressionDirectiveKind.DisableLine:
                    var last = document.Source.GetLinePosition(directive.Span.End).Line;
                    for (var line = document.Source.GetLinePosition(directive.Span.Start).Line; line <= last; line++)
                    {
                        LineIndex(byLine, line).Add(directive, targets);
                    }

                    break;
                case SuppressionDirectiveKind.DisableNextLine:
                    LineIndex(byLine, document.Source.GetLinePosition(directive.Span.End).Line + 1).Add(directive, targets);
                    break;
                case SuppressionDirectiveKind.DisableFile:
                    wholeFile.Add(directive, targets);
                    break;
            }
        }

        var found = new (SuppressionDirective, string)?[diagnostics.Length];
        var region = new RegionReplay(directives);
        var order = Enumerable.Range(0, diagnostics.Length).OrderBy(i => diagnostics[i].Location.SourceSpan.Start).ToArray();
        foreach (var index in order)
        {
            var diagnostic = diagnostics[index];
            if (diagnostic.Descriptor.Category == RuleCategories.Infrastructure)
            {
                continue;
            }

            var start = diagnostic.Location.SourceSpan.Start;
            region.AdvanceTo(start);
            found[index] = (byLine.TryGetValue(diagnostic.Location.LineSpan.Start.Line, out var onLine) ? onLine.Find(diagnostic) : null)
                ?? region.Find(diagnostic)
                ?? wholeFile.Find(diagnostic);
        }

        return found;
    }

    private static TargetIndex LineIndex(Dictionary<int, TargetIndex> byLine, int line)
    {
        if (!byLine.TryGetValue(line, out var index))
        {
            index = new TargetIndex();
            byLine[line] = index;
        }

        return index;
    }

    private static string? Match(ImmutableArray<string> targets, Diagnostic diagnostic)
    {
        foreach (var target in targets)
        {
            if (target == AllRules
                || target.Equals(diagnostic.Id, StringComparison.OrdinalIgnoreCase)
                || target.Equals(diagnostic.Descriptor.Category, StringComparison.OrdinalIgnoreCase))
            {
                return target;
            }
        }

        return null;
    }

    private static Diagnostic At(ProseDocument document, TextSpan span, DiagnosticDescriptor descriptor, params object?[] arguments)
    {
        var location = new Location(document.Path, span, document.Source.GetLinePositionSpan(span));
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, location, descriptor.FormatMessage(arguments), document.Source.ToString(span), string.Empty);
    }

    /// <summary>
    /// Comments in document order, found by target: the first comment naming the finding's ID, its category or
    /// every rule, which is the one a scan of the comments in order would have found.
    /// </summary>
    private sealed class TargetIndex
    {
        private readonly Dictionary<string, (int Order, SuppressionDirective Directive, ImmutableArray<string> Targets)> _first = new(StringComparer.OrdinalIgnoreCase);
        private int _count;

        public void Add(SuppressionDirective directive, ImmutableArray<string> targets)
        {
            foreach (var target in targets)
            {
                _first.TryAdd(target, (_count, directive, targets));
            }

            _count++;
        }

        public (SuppressionDirective Directive, string Target)? Find(Diagnostic diagnostic)
        {
            (int Order, SuppressionDirective Directive, ImmutableArray<string> Targets)? best = null;
            foreach (var key in (ReadOnlySpan<string>)[diagnostic.Id, diagnostic.Descriptor.Category, AllRules])
            {
                if (_first.TryGetValue(key, out var entry) && (best is null || entry.Order < best.Value.Order))
                {
                    best = entry;
                }
            }

            return best is { } found && Match(found.Targets, diagnostic) is { } target ? (found.Directive, target) : null;
        }
    }

    /// <summary>
    /// Replays disable/enable comments up to a position. An enable of one ID inside a broader disable re-enables
    /// just that ID (markdownlint's behaviour). Positions only move forward, so each comment is replayed once.
    /// </summary>
    private sealed class RegionReplay(List<(SuppressionDirective Directive, ImmutableArray<string> Targets)> directives)
    {
        private readonly Dictionary<string, SuppressionDirective> _disabled = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _reenabled = new(StringComparer.OrdinalIgnoreCase);
        private int _next;

        public void AdvanceTo(int start)
        {
            for (; _next < directives.Count && directives[_next].Directive.Span.End <= start; _next++)
            {
                var (directive, targets) = directives[_next];
                if (directive.Kind == SuppressionDirectiveKind.Disable)
                {
                    if (targets.Contains(AllRules))
                    {
                        _disabled.Clear();
                        _reenabled.Clear();
                    }

                    foreach (var target in targets)
                    {
                        _disabled[target] = directive;
                        _reenabled.Remove(target);
                    }
                }
                else if (directive.Kind == SuppressionDirectiveKind.Enable)
                {
                    if (directive.AppliesToAllRules)
                    {
                        _disabled.Clear();
                        _reenabled.Clear();
                    }

                    foreach (var target in targets)
                    {
                        _disabled.Remove(target);
                        _reenabled.Add(target);
                    }
                }
            }
        }

        public (SuppressionDirective, string)? Find(Diagnostic diagnostic)
        {
            var id = diagnostic.Id;
            var category = diagnostic.Descriptor.Category;
            if (_disabled.TryGetValue(id, out var byId))
            {
                return (byId, id);
            }

            if (!_reenabled.Contains(id) && _disabled.TryGetValue(category, out var byCategory))
            {
                return (byCategory, category);
            }

            if (!_reenabled.Contains(id) && !_reenabled.Contains(category) && _disabled.TryGetValue(AllRules, out var byAll))
            {
                return (byAll, AllRules);
            }

            return null;
        }
    }
}
