using System.Collections.Frozen;
using DocLint.Lexicons;

namespace DocLint.Rules.Common;

/// <summary>
/// Small closed word classes the rules consult: grammar words rather than a lexicon users extend. The words are
/// data in rules/lexicons/class-*.txt (embedded at build), read once when the class is first used.
/// </summary>
internal static class WordClasses
{
    public static readonly FrozenSet<string> Months = Load("class-months");

    public static readonly FrozenSet<string> Determiners = Load("class-determiners");

    public static readonly FrozenSet<string> PersonalPronouns = Load("class-personal-pronouns");

    public static readonly FrozenSet<string> AuthorPronouns = Load("class-author-pronouns");

    /// <summary>Capitalised words that do not make a name (sentence openers, pronouns, titles of generic roles).</summary>
    public static readonly FrozenSet<string> NotNames = Load("class-not-names");

    /// <summary>People cited for what they know; with "a", "another" or "one" they stay anonymous ("another scholar told me").</summary>
    public static readonly FrozenSet<string> RoleNouns = Load("class-role-nouns");

    /// <summary>Words that open a group whose members go unnamed ("many scholars", "some Republicans").</summary>
    public static readonly FrozenSet<string> GroupQuantifiers = Load("class-group-quantifiers");

    /// <summary>Words that open a clause, so a subject phrase read backwards from its verb ends before them ("what many Democrats argue").</summary>
    public static readonly FrozenSet<string> ClauseOpeners = Load("class-clause-openers");

    /// <summary>Spelled-out counts below a dozen ("two people briefed on", "three officials").</summary>
    public static readonly FrozenSet<string> SmallCardinals = Load("class-small-cardinals");

    /// <summary>Plural nouns of people that, quantified, make a vague group.</summary>
    public static readonly FrozenSet<string> GroupNouns = Load("class-group-nouns");

    /// <summary>Nouns for an institution that, with "the", point at one the story has named ("the agency said").</summary>
    public static readonly FrozenSet<string> InstitutionNouns = Load("class-institution-nouns");

    /// <summary>Documents whose capitalised owner names them ("a Gallup poll", "the Census Bureau's data").</summary>
    public static readonly FrozenSet<string> DocumentNouns = Load("class-document-nouns");

    public static readonly FrozenSet<string> BeVerbs = Load("class-be-verbs");

    public static readonly FrozenSet<string> Negations = Load("class-negations");

    public static readonly FrozenSet<string> Approximators = Load("class-approximators");

    public static readonly FrozenSet<string> ScaleWords = Load("class-scale-words");

    public static readonly FrozenSet<string> PercentWords = Load("class-percent-words");

    public static readonly FrozenSet<string> CurrencyWords = Load("class-currency-words");

    public static readonly FrozenSet<string> TimeUnits = Load("class-time-units");

    public static readonly FrozenSet<string> RelativeTimeMarkers = Load("class-relative-time-markers");

    /// <summary>Words before a number that make it a label, not a quantity ("Chapter 3", "No. 5", "version 2").</summary>
    // "#" cannot be written in a lexicon file, where # starts a comment.
    public static readonly FrozenSet<string> LabelWords = Load("class-label-words", "#", "c#");

    /// <summary>Nouns of people or things that make a small spelled-out number a reported count ("three officials").</summary>
    public static readonly FrozenSet<string> CountedNouns = Load("class-counted-nouns");

    public static readonly FrozenSet<string> ConditionalOpeners = Load("class-conditional-openers");

    public static readonly FrozenSet<string> GenericNouns = Load("class-generic-nouns");

    /// <summary>Single documents that name their source when they "show" or "say" something ("a job application shows").</summary>
    public static readonly FrozenSet<string> RecordNouns = Load("class-record-nouns");

    /// <summary>Nouns after a hyphenated time measure that make it a name or a record span ("10-year yield", "17-year low").</summary>
    public static readonly FrozenSet<string> MeasureDescriptors = Load("class-measure-descriptors");

    private static FrozenSet<string> Load(string name, params string[] extra) =>
        Lexicon.ParseEntries(RuleLexicons.ReadResource(name)).Concat(extra).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
