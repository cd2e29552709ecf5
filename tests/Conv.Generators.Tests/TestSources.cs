namespace Conv.Generators.Tests;

/// <summary>Declarations several generator tests compile.</summary>
public static class TestSources
{
    /// <summary>The question's two layers and their composite, as a user declares them.</summary>
    public const string SeedLayers = """
        using Conv;

        namespace Seed;

        [Conv2d(4, 7, 3, Padding = 2, InputHeight = 7, InputWidth = 7, Bias = false)]
        public partial class ConvA;

        [Conv2d(7, 3, 3, Padding = 2, InputHeight = 9, InputWidth = 9, Bias = false)]
        public partial class ConvB;

        [Composite(typeof(ConvA), typeof(ConvB))]
        public partial class ConvAB;
        """;
}
