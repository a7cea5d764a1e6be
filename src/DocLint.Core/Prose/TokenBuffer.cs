using System.Buffers;

namespace DocLint.Prose;

/// <summary>
/// A block's tokens while it is segmented, in an array rented from the shared pool and cleared when returned (tokens
/// hold their texts). Grows by renting a larger array.
/// </summary>
internal struct TokenBuffer : IDisposable
{
    // News prose has about one token per five characters; a quarter rarely needs to grow.
    private const int CharactersPerToken = 4;

    private Token[] _items;

    public TokenBuffer(int textLength) => _items = ArrayPool<Token>.Shared.Rent((textLength / CharactersPerToken) + 16);

    public int Count { get; private set; }

    public readonly ReadOnlySpan<Token> Tokens => _items.AsSpan(0, Count);

    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(_items.Length * 2);
            Tokens.CopyTo(larger);
            ArrayPool<Token>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[Count++] = token;
    }

    public void Dispose()
    {
        ArrayPool<Token>.Shared.Return(_items, clearArray: true);
        _items = [];
        Count = 0;
    }
}
