namespace DocLint.Rules.Figures;

/// <summary>
/// What DL2001/DL2002 decided for one figure: reported, or the first exemption that let it pass. The rule reports
/// from these; the figure model's tool (tools/figures) reads them as a feature without linting twice.
/// </summary>
internal sealed record FigureVerdict(Figure Figure, FigureCall Call)
{
    public bool IsReported => Call is FigureCall.Unsourced or FigureCall.VaguelySourced;
}

/// <summary>The rule's call on a figure, in the order the rule checks: the first that holds is the one recorded.</summary>
internal enum FigureCall
{
    /// <summary>Reported as DL2001.</summary>
    Unsourced,

    /// <summary>Reported as DL2002: the only attribution is vague or impersonal.</summary>
    VaguelySourced,

    /// <summary>A heading or a table cell: furniture the body or a caption sources.</summary>
    Heading,

    /// <summary>A short paragraph with no closing stop: a list line, caption or headline.</summary>
    Line,

    /// <summary>A related-link headline ("Read more: …").</summary>
    RelatedLink,

    /// <summary>A turn of a printed conversation ("Gail: …"), or a sentence in the register of speech or beside one.</summary>
    ConversationTurn,

    /// <summary>A named source in the sentence.</summary>
    NamedSource,

    /// <summary>"In the latest CNN poll, …".</summary>
    NamedPoll,

    /// <summary>A named source in the previous or next sentence.</summary>
    NamedNearby,

    /// <summary>A named body's act ("the council approved $2 million").</summary>
    Actor,

    /// <summary>A named body's own count, the object of a recording verb ("the CDC has counted more than 86,000").</summary>
    Recorded,

    /// <summary>The sentence is a question.</summary>
    Question,

    /// <summary>A survey's respondents or sample.</summary>
    Survey,

    /// <summary>A dataset or poll named earlier in the section covers it.</summary>
    Dataset,

    /// <summary>Inside a quotation.</summary>
    Quoted,

    /// <summary>Advice or a rule ("should contain 12 characters").</summary>
    Prescribed,

    /// <summary>Inside a conditional clause.</summary>
    Supposed,

    /// <summary>The consequence of a supposition ("… it would have allocated $250 billion").</summary>
    SupposedConsequence,

    /// <summary>The content of an official act ("a bill to spend $2 billion").</summary>
    ActContent,

    /// <summary>A count of the items the sentence lists ("three goals: A, B and C"), the author numbering their points.</summary>
    Listed,

    /// <summary>The term a policy or ruling sets ("a 20% tariff", "a fee of $63", "sentenced to three years").</summary>
    PolicyTerm,

    /// <summary>A span of time a modal projects ("would have funded the government for six months").</summary>
    ProspectiveSpan,

    /// <summary>The terms of a stated option or plan ("the option to … get the $1,000", "He could give each American $1").</summary>
    Proposed,
}
