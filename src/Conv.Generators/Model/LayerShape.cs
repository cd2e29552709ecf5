namespace Conv.Generators.Model;

/// <summary>
/// The sizes of one conv layer as the attribute states them (per-axis values resolved), in plain ints so
/// that the pipeline caches on them. May be invalid: <see cref="Problems"/> says why.
/// </summary>
internal sealed record LayerShape(
    int InChannels, int OutChannels, int KernelHeight, int KernelWidth, int InputHeight, int InputWidth,
    int StrideHeight, int StrideWidth, int PaddingHeight, int PaddingWidth, int DilationHeight, int DilationWidth,
    int Groups, bool HasBias, PaddingMode PaddingMode)
{
    public System.Collections.Generic.IReadOnlyList<GeometryProblem> Problems() =>
        Conv2dGeometry.Validate(InChannels, OutChannels, KernelHeight, KernelWidth, InputHeight, InputWidth,
            StrideHeight, StrideWidth, PaddingHeight, PaddingWidth, DilationHeight, DilationWidth, Groups, PaddingMode);

    public Conv2dGeometry ToGeometry() => new(InChannels, OutChannels, KernelHeight, KernelWidth, InputHeight, InputWidth,
        StrideHeight, StrideWidth, PaddingHeight, PaddingWidth, DilationHeight, DilationWidth, Groups, HasBias, PaddingMode);

    public static LayerShape From(Conv2dGeometry g) => new(g.InChannels, g.OutChannels, g.KernelHeight, g.KernelWidth,
        g.InputHeight, g.InputWidth, g.StrideHeight, g.StrideWidth, g.PaddingHeight, g.PaddingWidth,
        g.DilationHeight, g.DilationWidth, g.Groups, g.HasBias, g.PaddingMode);
}
