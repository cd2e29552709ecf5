using System.Linq;
using Xunit;

namespace Conv.Generators.Tests;

/// <summary>A declaration the generator cannot generate gets no file, so the only error the user sees is the analyzer's.</summary>
public class NoCascadeTests
{
    [Theory]
    [InlineData("[Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)] public class NotPartial { }")]
    [InlineData("public class Outer { [Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)] public partial class InNonPartial; }")]
    [InlineData("[Conv.Conv2d(4, 7, 3, InputHeight = 7, InputWidth = 7)] public partial class Generic<T>;")]
    [InlineData("[Conv.Conv2d(4, 7, 3, InputWidth = 7)] public partial class MissingHeight;")]
    [InlineData("[Conv.Conv2d(6, 8, 3, Groups = 4, InputHeight = 7, InputWidth = 7)] public partial class BadGroups;")]
    [InlineData("[Conv.Conv2d(4, 7, 9, InputHeight = 7, InputWidth = 7)] public partial class KernelTooLarge;")]
    [InlineData("[Conv.Conv2d(4, 7, 3, Padding = 7, PaddingMode = Conv.PaddingMode.Reflect, InputHeight = 7, InputWidth = 7)] public partial class ReflectTooMuch;")]
    public void Invalid_layer_generates_nothing(string source)
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.Net80(source));
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Theory]
    [InlineData("[Conv.Composite(typeof(A), typeof(C5))] public partial class ChannelMismatch;")]
    [InlineData("[Conv.Composite(typeof(A), typeof(Small))] public partial class SizeMismatch;")]
    [InlineData("[Conv.Composite(typeof(A), typeof(string))] public partial class NotALayer;")]
    [InlineData("[Conv.Composite(typeof(A))] public partial class OneLayer;")]
    public void Invalid_composite_generates_nothing_for_itself_only(string composite)
    {
        const string layers = """
            [Conv.Conv2d(4, 7, 3, InputHeight = 9, InputWidth = 9)] public partial class A;
            [Conv.Conv2d(5, 3, 3, InputHeight = 7, InputWidth = 7)] public partial class C5;
            [Conv.Conv2d(7, 3, 3, InputHeight = 5, InputWidth = 5)] public partial class Small;
            """;
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.Net80(layers, composite));
        Assert.Equal(new[] { "A.g.cs", "C5.g.cs", "Small.g.cs" }, result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h));
        Assert.Empty(GeneratorHarness.Problems(output));
    }
}
