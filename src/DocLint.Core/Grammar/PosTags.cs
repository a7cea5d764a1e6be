using System.Collections.Frozen;

namespace DocLint.Grammar;

/// <summary>Penn spellings of <see cref="PosTag"/> and the word classes rules ask about.</summary>
internal static class PosTags
{
    private static readonly string[] PennNames = BuildPennNames();

    private static readonly FrozenDictionary<string, PosTag> ByPennName =
        Enum.GetValues<PosTag>().Where(t => t != PosTag.None).ToFrozenDictionary(ToPenn, t => t, StringComparer.Ordinal);

    /// <summary>The Penn Treebank spelling ("PRP$", "``", "-LRB-"); "" for <see cref="PosTag.None"/>.</summary>
    public static string ToPenn(this PosTag tag) => PennNames[(int)tag];

    public static bool TryParse(string penn, out PosTag tag) => ByPennName.TryGetValue(penn, out tag);

    public static bool IsNoun(this PosTag tag) => tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;

    /// <summary>A verb form of any tense or a modal: what makes a word group a clause.</summary>
    public static bool IsVerbOrModal(this PosTag tag) =>
        tag is PosTag.VB or PosTag.VBD or PosTag.VBG or PosTag.VBN or PosTag.VBP or PosTag.VBZ or PosTag.MD;

    public static bool IsProperNoun(this PosTag tag) => tag is PosTag.NNP or PosTag.NNPS;

    /// <summary>Any verb form, modals included.</summary>
    public static bool IsVerb(this PosTag tag) => tag is >= PosTag.VB and <= PosTag.VBZ || tag == PosTag.MD;

    /// <summary>A verb form that carries tense (past, present, modal): the head of a finite clause.</summary>
    public static bool IsFiniteVerb(this PosTag tag) => tag is PosTag.VBD or PosTag.VBP or PosTag.VBZ or PosTag.MD;

    public static bool IsAdjective(this PosTag tag) => tag is PosTag.JJ or PosTag.JJR or PosTag.JJS;

    public static bool IsAdverb(this PosTag tag) => tag is PosTag.RB or PosTag.RBR or PosTag.RBS;

    public static bool IsWh(this PosTag tag) => tag is PosTag.WDT or PosTag.WP or PosTag.WPS or PosTag.WRB;

    private static string[] BuildPennNames()
    {
        var names = Enum.GetValues<PosTag>().Select(t => t.ToString()).ToArray();
        names[(int)PosTag.None] = string.Empty;
        names[(int)PosTag.PRPS] = "PRP$";
        names[(int)PosTag.WPS] = "WP$";
        names[(int)PosTag.Dollar] = "$";
        names[(int)PosTag.Hash] = "#";
        names[(int)PosTag.OpenQuote] = "``";
        names[(int)PosTag.CloseQuote] = "''";
        names[(int)PosTag.LeftBracket] = "-LRB-";
        names[(int)PosTag.RightBracket] = "-RRB-";
        names[(int)PosTag.Comma] = ",";
        names[(int)PosTag.Period] = ".";
        names[(int)PosTag.Colon] = ":";
        return names;
    }
}
