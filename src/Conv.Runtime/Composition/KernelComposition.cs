using System;
using System.Collections.Generic;

namespace Conv;

/// <summary>
/// The single convolution equal to running two or more layers one after the other (data-flow order),
/// and where that equality holds: its geometry, exact region and cost. Weights are composed by
/// <c>ComposeKernels</c>.
/// </summary>
/// <remarks>
/// For <c>first</c> then <c>second</c> (both cross-correlations), per axis: stride <c>s1*s2</c>, padding
/// <c>p1 + s1*p2</c>, dilation <c>gcd(d1, s1*d2)</c>, kernel <c>((k1-1)*d1 + (k2-1)*s1*d2) / dilation + 1</c>,
/// groups <c>gcd(g1, g2)</c>, a bias when either has one, the padding mode of the first layer that pads (zeros when none does). Longer chains
/// compose left to right.
/// </remarks>
public sealed partial class KernelComposition
{
    private readonly Conv2dGeometry[] _layers;
    private readonly ExactnessAxis.Run[] _rows;
    private readonly ExactnessAxis.Run[] _columns;

    /// <summary>Composes <paramref name="layers"/> (at least two, data-flow order).</summary>
    /// <exception cref="ArgumentException">Fewer than two layers, consecutive layers that do not fit, or a composite its padding mode cannot take.</exception>
    public KernelComposition(params Conv2dGeometry[] layers)
        : this((IReadOnlyList<Conv2dGeometry>)layers)
    {
    }

    /// <summary>Composes <paramref name="layers"/> (at least two, data-flow order).</summary>
    /// <exception cref="ArgumentException">Fewer than two layers, consecutive layers that do not fit, or a composite its padding mode cannot take.</exception>
    public KernelComposition(IReadOnlyList<Conv2dGeometry> layers)
    {
        if (layers is null) throw new ArgumentNullException(nameof(layers));
        if (layers.Count < 2)
            throw new ArgumentException($"A composition needs at least 2 layers but got {layers.Count}", nameof(layers));
        _layers = new Conv2dGeometry[layers.Count];
        for (var i = 0; i < _layers.Length; i++)
            _layers[i] = layers[i] ?? throw new ArgumentNullException(nameof(layers), $"layers[{i}] is null");

        var problems = CheckChain(_layers);
        if (problems.Count > 0)
            throw new ArgumentException(problems[0].Message, nameof(layers));

        var steps = ComposeSteps(_layers);
        Steps = steps;
        Geometry = steps[steps.Length - 1];

        var g = Geometry;
        var rows = _rows = ExactnessAxis.Analyze(_layers, g.PaddingMode, vertical: true, g.StrideHeight, g.PaddingHeight, g.DilationHeight, g.KernelHeight, g.OutputHeight);
        var columns = _columns = ExactnessAxis.Analyze(_layers, g.PaddingMode, vertical: false, g.StrideWidth, g.PaddingWidth, g.DilationWidth, g.KernelWidth, g.OutputWidth);
        ExactRegion = LargestRectangle.Find(rows, columns);
        IsExact = ExactRegion.Area == (long)g.OutputHeight * g.OutputWidth;
        InexactRows = ExactnessAxis.InexactIndices(rows);
        InexactColumns = ExactnessAxis.InexactIndices(columns);
        Causes = ExactnessAxis.Causes(rows) | ExactnessAxis.Causes(columns);

        long sequence = 0;
        foreach (var layer in _layers) sequence += layer.MultiplyAdds;
        SequenceMultiplyAdds = sequence;
    }

    /// <summary>The layers, in data-flow order.</summary>
    public IReadOnlyList<Conv2dGeometry> Layers => _layers;

    /// <summary>The geometry of the single equivalent convolution.</summary>
    public Conv2dGeometry Geometry { get; }

    /// <summary>
    /// The chain composed left to right: <c>Steps[i]</c> is the single convolution equal to layers 0..i
    /// (<c>Steps[0]</c> is the first layer, the last is <see cref="Geometry"/>).
    /// </summary>
    public IReadOnlyList<Conv2dGeometry> Steps { get; }

    /// <summary>
    /// The largest rectangle of output positions where the composite equals the sequence for every input
    /// and every weight; empty when there is none.
    /// </summary>
    public Region ExactRegion { get; }

    /// <summary>True when the composite equals the sequence at every output position.</summary>
    public bool IsExact { get; }

    /// <summary>Output rows where the composite differs from the sequence in some column.</summary>
    public IReadOnlyList<int> InexactRows { get; }

    /// <summary>Output columns where the composite differs from the sequence in some row.</summary>
    public IReadOnlyList<int> InexactColumns { get; }

    /// <summary>Why the composite differs from the sequence, if it does.</summary>
    public InexactCause Causes { get; }

    /// <summary>Multiply-adds of running the layers in sequence, for one batch item.</summary>
    public long SequenceMultiplyAdds { get; }

    /// <summary>Multiply-adds of the composite, for one batch item.</summary>
    public long CompositeMultiplyAdds => Geometry.MultiplyAdds;

    /// <summary>True when the composite equals the sequence at output position (<paramref name="row"/>, <paramref name="column"/>) for every input and weight.</summary>
    public bool IsExactAt(int row, int column)
    {
        if ((uint)row >= (uint)Geometry.OutputHeight) throw new ArgumentOutOfRangeException(nameof(row), row, $"row must be in [0, {Geometry.OutputHeight})");
        if ((uint)column >= (uint)Geometry.OutputWidth) throw new ArgumentOutOfRangeException(nameof(column), column, $"column must be in [0, {Geometry.OutputWidth})");
        return ExactnessAxis.Exact(ExactnessAxis.At(_rows, row), ExactnessAxis.At(_columns, column));
    }

    /// <summary>The geometry of <paramref name="first"/> followed by <paramref name="second"/>, which must fit (see <see cref="CheckChain"/>).</summary>
    /// <exception cref="ArgumentException">The layers do not fit, or the composite padding is more than its padding mode can take.</exception>
    public static Conv2dGeometry ComposeGeometry(Conv2dGeometry first, Conv2dGeometry second)
    {
        if (first is null) throw new ArgumentNullException(nameof(first));
        if (second is null) throw new ArgumentNullException(nameof(second));
        var problems = CheckChain(new[] { first, second });
        if (problems.Count > 0) throw new ArgumentException(problems[0].Message, nameof(second));

        ComposeAxis(first.KernelHeight, first.StrideHeight, first.PaddingHeight, first.DilationHeight,
            second.KernelHeight, second.StrideHeight, second.PaddingHeight, second.DilationHeight,
            out var kernelHeight, out var strideHeight, out var paddingHeight, out var dilationHeight);
        ComposeAxis(first.KernelWidth, first.StrideWidth, first.PaddingWidth, first.DilationWidth,
            second.KernelWidth, second.StrideWidth, second.PaddingWidth, second.DilationWidth,
            out var kernelWidth, out var strideWidth, out var paddingWidth, out var dilationWidth);

        // A layer that does not pad commutes with every padding mode: the composite pads as the first layer that pads.
        var mode = first.PaddingHeight > 0 || first.PaddingWidth > 0 ? first.PaddingMode
            : second.PaddingHeight > 0 || second.PaddingWidth > 0 ? second.PaddingMode
            : PaddingMode.Zeros;
        var problemsOfComposite = Conv2dGeometry.Validate(first.InChannels, second.OutChannels, kernelHeight, kernelWidth,
            first.InputHeight, first.InputWidth, strideHeight, strideWidth, paddingHeight, paddingWidth,
            dilationHeight, dilationWidth, Gcd(first.Groups, second.Groups), mode);
        if (problemsOfComposite.Count > 0)
            throw new ArgumentException("The composite has no valid geometry: " + problemsOfComposite[0].Message, nameof(second));

        return new Conv2dGeometry(first.InChannels, second.OutChannels, kernelHeight, kernelWidth,
            first.InputHeight, first.InputWidth, strideHeight, strideWidth, paddingHeight, paddingWidth,
            dilationHeight, dilationWidth, Gcd(first.Groups, second.Groups), first.HasBias || second.HasBias, mode);
    }

    /// <summary>The geometry of <paramref name="layers"/> (at least one) composed left to right.</summary>
    /// <exception cref="ArgumentException">Consecutive layers do not fit, or a composite padding is more than its padding mode can take.</exception>
    public static Conv2dGeometry ComposeGeometry(IReadOnlyList<Conv2dGeometry> layers)
    {
        if (layers is null) throw new ArgumentNullException(nameof(layers));
        if (layers.Count == 0) throw new ArgumentException("A composition needs at least one layer", nameof(layers));
        var steps = ComposeSteps(layers);
        return steps[steps.Length - 1];
    }

    private static Conv2dGeometry[] ComposeSteps(IReadOnlyList<Conv2dGeometry> layers)
    {
        var steps = new Conv2dGeometry[layers.Count];
        steps[0] = layers[0];
        for (var i = 1; i < steps.Length; i++) steps[i] = ComposeGeometry(steps[i - 1], layers[i]);
        return steps;
    }

    /// <summary>
    /// Lists where consecutive layers do not fit: a layer's input channels or input size differ from the
    /// previous layer's output. <paramref name="names"/> name the layers in messages ("layer 1" by default).
    /// </summary>
    public static IReadOnlyList<CompositionProblem> CheckChain(IReadOnlyList<Conv2dGeometry> layers, IReadOnlyList<string>? names = null)
    {
        if (layers is null) throw new ArgumentNullException(nameof(layers));
        var problems = new List<CompositionProblem>();
        for (var i = 1; i < layers.Count; i++)
        {
            Conv2dGeometry previous = layers[i - 1], next = layers[i];
            var previousName = names is null ? $"layer {i}" : names[i - 1];
            var nextName = names is null ? $"layer {i + 1}" : names[i];
            if (next.InChannels != previous.OutChannels)
                problems.Add(new CompositionProblem(i, CompositionProblemKind.Channels,
                    $"{nextName} expects {next.InChannels} input channels but {previousName} produces {previous.OutChannels}"));
            if (next.InputHeight != previous.OutputHeight || next.InputWidth != previous.OutputWidth)
                problems.Add(new CompositionProblem(i, CompositionProblemKind.Size,
                    $"{nextName} expects a {next.InputHeight}x{next.InputWidth} input but {previousName} produces {previous.OutputHeight}x{previous.OutputWidth}"));
        }

        return problems;
    }

    // In long: a chain of valid layers can still compose to a stride, padding or kernel beyond int.
    private static void ComposeAxis(int k1, int s1, int p1, int d1, int k2, int s2, int p2, int d2,
        out int kernel, out int stride, out int padding, out int dilation)
    {
        var longStride = (long)s1 * s2;
        var longPadding = p1 + (long)s1 * p2;
        var longDilation = Gcd(d1, (long)s1 * d2);
        var longKernel = ((k1 - 1L) * d1 + (k2 - 1L) * s1 * d2) / longDilation + 1;
        if (longStride > int.MaxValue || longPadding > int.MaxValue || longDilation > int.MaxValue || longKernel > int.MaxValue)
            throw new ArgumentException(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "The composite has no valid geometry: its stride {0}, padding {1}, dilation {2} or kernel {3} is beyond {4}",
                longStride, longPadding, longDilation, longKernel, int.MaxValue), "second");
        stride = (int)longStride;
        padding = (int)longPadding;
        dilation = (int)longDilation;
        kernel = (int)longKernel;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            var t = a % b;
            a = b;
            b = t;
        }

        return a;
    }

    internal static int Gcd(int a, int b) => (int)Gcd((long)a, b);
}
