using System.Runtime.InteropServices;
using DocLint.Analysis;

namespace DocLint.Lexicons;

/// <summary>
/// One document's memo of <see cref="LexiconSet.Match"/>'s per-token look-up: each token text's mask, found once per
/// document instead of at every occurrence. The document's tokens share one string per text (<c>TokenTextPool</c>),
/// so the memo is keyed by the string itself and a repeated word costs a reference look-up, not a lower-casing and
/// a hash of its characters. Used on the document's one thread.
/// </summary>
internal sealed class TokenMasks
{
    // By reference: equal texts are one string within a document, and a text not pooled (a long URL) is at worst
    // looked up once per occurrence, as without the memo. A mask depends only on the text, so either way it is right.
    private readonly Dictionary<string, ulong> _masks = new(ReferenceEqualityComparer.Instance);

    public TokenMasks(LexiconSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        Set = set;
    }

    /// <summary>The set whose masks are kept.</summary>
    public LexiconSet Set { get; }

    /// <summary>How many token texts have a mask kept.</summary>
    public int Count => _masks.Count;

    /// <summary>The document's memo for <paramref name="set"/>, kept on its first sentence; null for a document
    /// without sentences or one whose memo is for another set (options that changed the lexicons).</summary>
    public static TokenMasks? Of(AnalyzedDocument document, LexiconSet set)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(set);
        if (document.Sentences.IsEmpty)
        {
            return null;
        }

        var kept = document.GetOrCreate(document.Sentences[0], set, static (s, _) => new TokenMasks(s));
        return ReferenceEquals(kept.Set, set) ? kept : null;
    }

    /// <summary>The kept mask of <paramref name="text"/>, or the one <paramref name="find"/> gives, then kept.</summary>
    public ulong GetOrAdd<TState>(string text, TState state, Func<TState, string, ulong> find)
    {
        ref var mask = ref CollectionsMarshal.GetValueRefOrAddDefault(_masks, text, out var exists);
        if (!exists)
        {
            mask = find(state, text);
        }

        return mask;
    }
}
