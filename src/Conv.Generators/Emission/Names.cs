namespace Conv.Generators.Emission;

internal static class Names
{
    public const string Tool = "Conv.Generators";
    public static readonly string Version = typeof(Names).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan<float>";
    public const string Span = "global::System.Span<float>";
    public const string Lengths = "global::Conv.Lengths";
    public const string Nchw = "[global::Conv.Layout(global::Conv.TensorLayout.Nchw)]";
    public const string Oihw = "[global::Conv.Layout(global::Conv.TensorLayout.Oihw)]";

    private static readonly string[] Ordinals = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth" };

    /// <summary>The parameter name of the composite's member <paramref name="index"/>: first, second, ...</summary>
    public static string Ordinal(int index) => index < Ordinals.Length ? Ordinals[index] : "layer" + (index + 1);

    /// <summary><c>variable * scale + offset</c>, written as a person would: no "* 1", no "+ 0", "- 2" rather than "+ -2".</summary>
    public static string Affine(string variable, int scale, int offset)
    {
        var product = scale == 0 ? "" : scale == 1 ? variable : $"{variable} * {scale}";
        if (product.Length == 0) return offset.ToString();
        return offset == 0 ? product : offset > 0 ? $"{product} + {offset}" : $"{product} - {-offset}";
    }

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Mode(PaddingMode mode) => "global::Conv.PaddingMode." + mode;
}
