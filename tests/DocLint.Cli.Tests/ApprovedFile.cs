namespace DocLint.Cli.Tests;

/// <summary>
/// Compares output with an approved file. On a mismatch it writes <c>*.received</c> beside it;
/// with DOCLINT_ACCEPT=1 it overwrites the approved file instead (read the diff before committing).
/// </summary>
internal static class ApprovedFile
{
    public static void Verify(string approvedPath, string actual)
    {
        var accept = Environment.GetEnvironmentVariable("DOCLINT_ACCEPT") == "1";
        var expected = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            return;
        }

        if (accept)
        {
            File.WriteAllText(approvedPath, actual);
            return;
        }

        var received = approvedPath + ".received";
        File.WriteAllText(received, actual);
        Assert.Fail($"Output differs from {approvedPath}; see {received}.\n--- expected\n{expected}\n--- actual\n{actual}");
    }
}
