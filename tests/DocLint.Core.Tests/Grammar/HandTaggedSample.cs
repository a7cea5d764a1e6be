using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Core.Tests.Grammar;

/// <summary>
/// News sentences tagged by hand: one sentence a line, each of DocLint's tokens written as <c>token_TAG</c>
/// (clitic pairs as <c>didn't_VBD|RB</c>), separated by spaces; <c>#</c> starts a comment line. The text is the
/// tokens joined by spaces, tokenized again, so a line that does not match DocLint's tokens is an error.
/// </summary>
internal sealed record HandTaggedSample(ImmutableArray<HandTaggedSample.Line> Sentences)
{
    public static HandTaggedSample Parse(string content)
    {
        var sentences = ImmutableArray.CreateBuilder<Line>();
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var items = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var words = items.Select(i => i[..i.LastIndexOf('_')]).ToArray();
            var tags = items.Select(i => PosLabel.TryParse(i[(i.LastIndexOf('_') + 1)..], out var label)
                ? label
                : throw new FormatException($"Not a Penn tag: '{i}'.")).ToImmutableArray();
            var text = string.Join(' ', words);
            var tokens = Tokenizer.Tokenize(text);
            if (!tokens.Select(t => t.Text).SequenceEqual(words))
            {
                throw new FormatException($"DocLint tokenizes this line differently: {text}");
            }

            sentences.Add(new Line(text, tokens, tags));
        }

        return new HandTaggedSample(sentences.ToImmutable());
    }

    public SampleScore Score(PosTagger tagger)
    {
        var tokens = 0;
        var exact = 0;
        var wordTag = 0;
        var misses = ImmutableArray.CreateBuilder<string>();
        foreach (var sentence in Sentences)
        {
            var actual = tagger.Tag(sentence.Tokens);
            for (var i = 0; i < actual.Length; i++)
            {
                tokens++;
                exact += actual[i] == sentence.Tags[i] ? 1 : 0;
                wordTag += actual[i].Tag == sentence.Tags[i].Tag ? 1 : 0;
                if (actual[i] != sentence.Tags[i])
                {
                    misses.Add($"{sentence.Tokens[i].Text}: hand {sentence.Tags[i]}, tagger {actual[i]}");
                }
            }
        }

        return new SampleScore(tokens, exact / (double)tokens, wordTag / (double)tokens, misses.ToImmutable());
    }

    internal sealed record Line(string Text, ImmutableArray<Token> Tokens, ImmutableArray<PosLabel> Tags);

    internal sealed record SampleScore(int Tokens, double Accuracy, double WordTagAccuracy, ImmutableArray<string> Misses);
}
