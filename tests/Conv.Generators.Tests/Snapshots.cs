using System;
using System.IO;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>
/// Approved generated sources on disk, under Snapshots/{Test}/{hint}.txt. A mismatch writes a .received.txt
/// beside the approved file and fails; CONV_UPDATE_SNAPSHOTS=1 rewrites the approved files (never when CI=true).
/// </summary>
public static class Snapshots
{
    // From the repository root, not [CallerFilePath]: a CI build (ContinuousIntegrationBuild) maps source paths to /_/.
    private static string Folder() => Path.Combine(Conv.Tests.Fixtures.RepositoryRoot, "tests", "Conv.Generators.Tests", "Snapshots");

    public static void Match(string test, string hintName, string generated)
    {
        var text = generated.Replace($"\"{typeof(ConvGenerator).Assembly.GetName().Version!.ToString(3)}\"", "\"{version}\"").Replace("\r\n", "\n");
        var approved = Path.Combine(Folder(), test, hintName + ".txt");
        var received = Path.ChangeExtension(approved, ".received.txt");
        var update = Environment.GetEnvironmentVariable("CONV_UPDATE_SNAPSHOTS") == "1"
                     && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
            File.WriteAllText(approved, text);
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : null;
        if (expected == text)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
        File.WriteAllText(received, text);
        Assert.Fail(expected is null
            ? $"No approved snapshot {approved}; the generated text is in {received}. Review it, then run with CONV_UPDATE_SNAPSHOTS=1."
            : $"Generated {hintName} differs from {approved}; see {received}. If the change is intended, run with CONV_UPDATE_SNAPSHOTS=1.");
    }
}
