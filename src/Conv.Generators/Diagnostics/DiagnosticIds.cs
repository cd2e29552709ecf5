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

    /// <summary>A non-linear member (an activation) before the last member of a chain, or in a branch.</summary>
    public const string NonLinearMember = "CONV009";

    /// <summary>The branches of a sum or concat do not fit one conv.</summary>
    public const string BranchMismatch = "CONV010";

    /// <summary>A layer's tensors are missing from the project's weights file, or have other shapes.</summary>
    public const string WeightsMismatch = "CONV011";

    /// <summary>A type carries more than one layer attribute.</summary>
    public const string LayerDeclaredTwice = "CONV012";

    /// <summary>A layer type in a form the generated code cannot complete (static, file-local, a clashing member, ...).</summary>
    public const string CannotComplete = "CONV013";

    /// <summary>A composite that composes itself, or nests composites too deeply.</summary>
    public const string CompositeCycle = "CONV014";

    /// <summary>The project's C# version is too old for the generated code.</summary>
    public const string LanguageVersion = "CONV015";
}
