using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DocLint.Evaluation;

/// <summary>
/// Runs a peer once over a whole set: the sentences go into one temp file, separated by blank lines, so line
/// 2i+1 is sentence i. Output is cached under the temp directory by peer and file hash, never in the repo.
/// Only the findings that count as hedge or weasel are kept (rule = peer rule, empty when it does not count).
/// </summary>
public sealed class PeerRunner(string peersDirectory, string cacheDirectory)
{
    public IReadOnlyList<IReadOnlyList<Finding>> Run(string peer, IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        Directory.CreateDirectory(cacheDirectory);
        var text = string.Join("\n\n", sentences.Select(s => s.Replace('\n', ' ').Replace('\r', ' '))) + "\n";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        var input = Path.Combine(cacheDirectory, $"set-{hash}.txt");
        var cached = Path.Combine(cacheDirectory, $"{peer}-{hash}.tsv");
        if (!File.Exists(cached))
        {
            File.WriteAllText(input, text);
            var output = Execute(Path.Combine(peersDirectory, "run-peer.sh"), peer, input);
            File.WriteAllText(cached + ".tmp", output);
            File.Move(cached + ".tmp", cached, overwrite: true);
        }

        var findings = sentences.Select(_ => new List<Finding>()).ToArray();
        foreach (var line in File.ReadLines(cached))
        {
            var fields = line.Split('\t');
            if (fields.Length < 6
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var lineNumber)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var column)
                || lineNumber % 2 == 0)
            {
                continue;
            }

            var index = (lineNumber - 1) / 2;
            if (index >= findings.Length || !PeerRules.CountsAsUncertain(peer, fields[3], fields[5]))
            {
                continue;
            }

            findings[index].Add(new Finding(fields[3], column - 1, column - 1 + fields[4].Length));
        }

        return findings;
    }

    private static string Execute(string script, string peer, string input)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(peer);
        start.ArgumentList.Add(input);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {script}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{peer} failed ({process.ExitCode}): {error.Result}");
        }

        return output;
    }
}
