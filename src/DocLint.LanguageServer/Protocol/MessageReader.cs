using System.Globalization;
using System.Text;

namespace DocLint.LanguageServer.Protocol;

/// <summary>
/// Reads LSP's base protocol: ASCII headers ending in an empty line, then exactly Content-Length bytes of UTF-8 JSON.
/// Returns null at the end of the stream.
/// </summary>
internal sealed class MessageReader(Stream input)
{
    // A header line longer than this is not LSP; refusing it keeps a garbage stream from growing a buffer forever.
    private const int MaxHeaderLine = 1024;

    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                length = value;
            }
        }

        if (length is not { } size)
        {
            throw new InvalidDataException("An LSP message arrived without a Content-Length header.");
        }

        var body = new byte[size];
        await input.ReadExactlyAsync(body, cancellationToken);
        return body;
    }

    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            var read = await input.ReadAsync(one, cancellationToken);
            if (read == 0)
            {
                return builder.Length == 0 ? null : throw new EndOfStreamException("The stream ended inside an LSP header.");
            }

            if (one[0] == (byte)'\n')
            {
                return builder.ToString().TrimEnd('\r');
            }

            if (builder.Length >= MaxHeaderLine)
            {
                throw new InvalidDataException("An LSP header line is too long.");
            }

            builder.Append((char)one[0]);
        }
    }
}
