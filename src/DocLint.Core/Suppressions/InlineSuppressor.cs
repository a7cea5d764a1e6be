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
public sealed class InlineSuppressor
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
        var result = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length + extra.Count);
        foreach (var diagnostic in diagnostics)
        {
            var by = diagnostic.Descriptor.Category == RuleCategories.Infrastructure ? null : FindSuppressor(document, directives, diagnostic);
            if (by is { } found)
            {
                used.Add(found);
                result.Add(diagnostic with { Suppression = new Suppression(SuppressionKind.InSource, found.Directive.Reason ?? string.Empty) });
            }
            else
            {
                result.Add(diagnostic);
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
    private static (SuppressionDirective Directive, string Target)? FindSuppressor(
        ProseDocument document,
        List<(SuppressionDirective Directive, ImmutableArray<string> Targets)> directives,
        Diagnostic diagnostic)
    {
        var line = diagnostic.Location.LineSpan.Start.Line;
        var start = diagnostic.Location.SourceSpan.Start;
        foreach (var (directive, targets) in directives)
        {
            var applies = directive.Kind switch
            {
                SuppressionDirectiveKind.DisableLine =>
                    line >= document.Source.GetLinePosition(directive.Span.Start).Line && line <= document.Source.GetLinePosition(directive.Span.End).Line,
                SuppressionDirectiveKind.DisableNextLine => line == document.Source.GetLinePosition(directive.Span.End).Line + 1,
                _ => false,
            };
            if (applies && Match(targets, diagnostic) is { } target)
            {
                return (directive, target);
            }
        }

        if (FindRegion(directives, diagnostic, start) is { } region)
        {
            return region;
        }

        foreach (var (directive, targets) in directives.Where(d => d.Directive.Kind == SuppressionDirectiveKind.DisableFile))
        {
            if (Match(targets, diagnostic) is { } target)
            {
                return (directive, target);
            }
        }

        return null;
    }

    // Replays disable/enable comments before the finding. An enable of one ID inside a broader disable re-enables
    // just that ID (markdownlint's behaviour).
    private static (SuppressionDirective, string)? FindRegion(
        List<(SuppressionDirective Directive, ImmutableArray<string> Targets)> directives,
        Diagnostic diagnostic,
        int start)
    {
        var disabled = new Dictionary<string, SuppressionDirective>(StringComparer.OrdinalIgnoreCase);
        var reenabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (directive, targets) in directives)
        {
            if (directive.Span.End > start)
            {
                break;
            }

            if (directive.Kind == SuppressionDirectiveKind.Disable)
            {
                if (targets.Contains(AllRules))
                {
                    disabled.Clear();
                    reenabled.Clear();
                }

                foreach (var target in targets)
                {
                    disabled[target] = directive;
                    reenabled.Remove(target);
                }
            }
            else if (directive.Kind == SuppressionDirectiveKind.Enable)
            {
                if (directive.AppliesToAllRules)
                {
                    disabled.Clear();
                    reenabled.Clear();
                }

                foreach (var target in targets)
                {
                    disabled.Remove(target);
                    reenabled.Add(target);
                }
            }
        }

        var id = diagnostic.Id;
        var category = diagnostic.Descriptor.Category;
        if (disabled.TryGetValue(id, out var byId))
        {
            return (byId, id);
        }

        if (!reenabled.Contains(id) && disabled.TryGetValue(category, out var byCategory))
        {
            return (byCategory, category);
        }

        if (!reenabled.Contains(id) && !reenabled.Contains(category) && disabled.TryGetValue(AllRules, out var byAll))
        {
            return (byAll, AllRules);
        }

        return null;
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
}
