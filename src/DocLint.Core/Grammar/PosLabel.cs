namespace DocLint.Grammar;

/// <summary>
/// What the tagger assigns to one DocLint token: the tag of the word and, for a token that carries a clitic
/// ("didn't", "company's", "it's", "they'll"), the tag of the clitic (Penn splits these into two tokens; DocLint
/// keeps them whole, so the label carries both).
/// </summary>
internal readonly record struct PosLabel(PosTag Tag, PosTag Clitic)
{
    /// <summary>"NN", or "VBD|RB" for a token with a clitic.</summary>
    public override string ToString() => Clitic == PosTag.None ? Tag.ToPenn() : $"{Tag.ToPenn()}|{Clitic.ToPenn()}";

    /// <summary>Reads "NN" or "VBD|RB"; false for anything else.</summary>
    public static bool TryParse(string text, out PosLabel label)
    {
        ArgumentNullException.ThrowIfNull(text);
        label = default;
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            if (!PosTags.TryParse(text, out var tag))
            {
                return false;
            }

            label = new PosLabel(tag, PosTag.None);
            return true;
        }

        if (!PosTags.TryParse(text[..bar], out var host) || !PosTags.TryParse(text[(bar + 1)..], out var clitic))
        {
            return false;
        }

        label = new PosLabel(host, clitic);
        return true;
    }

    /// <summary>A small integer unique per label, used in features so they do not depend on the model's label order.</summary>
    internal int Code => ((int)Tag << 6) | (int)Clitic;
}
