namespace Conv.Generators.Diagnostics;

/// <summary>The diagnostic IDs, for analyzers, code fixes and <c>#pragma warning disable</c>.</summary>
public static class DiagnosticIds
{
    /// <summary>A layer type is not partial (or a containing type is not), or is generic.</summary>
    public const string NotPartial = "CONV001";

    /// <summary>Impossible geometry.</summary>
    public const string ImpossibleGeometry = "CONV002";

    /// <summary>Composite channel mismatch.</summary>
    public const string ChannelMismatch = "CONV003";

    /// <summary>Composite size mismatch.</summary>
    public const string SizeMismatch = "CONV004";

    /// <summary>The composite is not exact at the borders.</summary>
    public const string NotExact = "CONV005";

    /// <summary>A weight passed as an activation, or back.</summary>
    public const string LayoutConfusion = "CONV006";

    /// <summary>A composite argument is not a layer type.</summary>
    public const string NotALayer = "CONV007";

    /// <summary>The composite costs more than the layers it replaces.</summary>
    public const string CostlierComposite = "CONV008";
}
