using System.Text;

namespace DocLint.Cli.Changes;

/// <summary>
/// Reads a path as git prints it in a diff header when the name has quotes, backslashes or control characters:
/// in double quotes, with C escapes and octal bytes of its UTF-8 encoding.
/// </summary>
internal static class GitQuotedPath
{
    public static string Unquote(string quoted)
    {
        ArgumentNullException.ThrowIfNull(quoted);
        var body = quoted.Length >= 2 && quoted[0] == '"' && quoted[^1] == '"' ? quoted[1..^1] : quoted;
        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 >= body.Length)
            {
                // A run of plain characters at once, so a surrogate pair is encoded whole.
                var end = body.IndexOf('\\', i + 1);
                end = end < 0 ? body.Length : end;
                bytes.AddRange(Encoding.UTF8.GetBytes(body[i..end]));
                i = end - 1;
                continue;
            }

            var next = body[++i];
            if (next is >= '0' and <= '7' && i + 2 < body.Length)
            {
                bytes.Add((byte)(((next - '0') << 6) | ((body[i + 1] - '0') << 3) | (body[i + 2] - '0')));
                i += 2;
                continue;
            }

            bytes.Add(next switch
            {
                'a' => 0x07,
                'b' => 0x08,
                't' => 0x09,
                'n' => 0x0A,
                'v' => 0x0B,
                'f' => 0x0C,
                'r' => 0x0D,
                _ => (byte)next,
            });
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
