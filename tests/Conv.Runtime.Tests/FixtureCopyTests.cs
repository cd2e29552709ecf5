using System.IO;
using System.Linq;
using Conv.Tests;
using Xunit;

namespace Conv.Runtime.Tests;

public class FixtureCopyTests
{
    [Fact]
    public void Repo_copy_holds_the_cases()
    {
        var names = Fixtures.Names().ToArray();
        Assert.True(names.Length >= 24, $"tests/fixtures/conv2d holds {names.Length} cases, expected at least 24");
        Assert.Contains("seed_full_padding_no_bias", names);
    }

    [Fact]
    public void Repo_copy_equals_the_shared_fixtures_when_they_are_beside_the_repo()
    {
        if (!Directory.Exists(Fixtures.SharedFolder)) return; // a clone elsewhere stands alone on its copy

        foreach (var shared in Directory.EnumerateFiles(Fixtures.SharedFolder, "*.json"))
        {
            var copy = Path.Combine(Fixtures.Folder, Path.GetFileName(shared));
            Assert.True(File.Exists(copy), $"{Path.GetFileName(shared)} is in {Fixtures.SharedFolder} but not in tests/fixtures/conv2d: copy it over");
            Assert.True(File.ReadAllBytes(shared).SequenceEqual(File.ReadAllBytes(copy)),
                $"tests/fixtures/conv2d/{Path.GetFileName(shared)} differs from the shared fixture: copy it over");
        }
    }
}
