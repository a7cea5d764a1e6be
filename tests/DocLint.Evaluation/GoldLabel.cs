namespace DocLint.Evaluation;

/// <summary>One hand-assigned label; Start/End locate its span in the sentence (-1 when not found).</summary>
public sealed record GoldLabel(Family Family, string Span, string Note, int Start, int End)
{
    public bool IsBorderline => Note == "borderline";

    /// <summary>Author-voice view: a quoted or reported hedge or booster is someone else's, so DocLint should stay silent.</summary>
    public bool IsOthersVoice => Family is Family.Hedge or Family.Booster && Note is "quoted" or "reported";

    /// <summary>Counts toward recall: neither borderline nor someone else's voice.</summary>
    public bool Counts => !IsBorderline && !IsOthersVoice;
}

/// <summary>A label as a labelled file writes it: category name, span text, note.</summary>
public sealed record RawLabel(string Category, string Span, string Note);
