using System;
using System.Collections.Generic;
using System.Globalization;

namespace Conv;

/// <summary>How parallel branches that read one input are combined.</summary>
public enum BranchKind
{
    /// <summary>The branch outputs are added.</summary>
    Sum,

    /// <summary>The branch outputs are stacked along the channels, in branch order.</summary>
    Concat,
}

/// <summary>A branch that does not fit the others into one convolution.</summary>
public sealed class BranchProblem
{
    /// <summary>Creates a problem report.</summary>
    public BranchProblem(int branchIndex, string message)
    {
        BranchIndex = branchIndex;
        Message = message;
    }

    /// <summary>Index (0-based) of the branch that does not fit.</summary>
    public int BranchIndex { get; }

    /// <summary>What is wrong, naming the branches and the numbers.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>
/// The single convolution equal to parallel branches (each one convolution, all reading the same input) whose outputs
/// are added or stacked: each branch's kernel placed in the merged kernel where its taps fall (a 1x1 at the centre of a
/// 3x3, a 1x3 on its centre row), the biases added (<see cref="BranchKind.Sum"/>) or stacked (<see cref="BranchKind.Concat"/>).
/// </summary>
/// <remarks>
/// Per axis, branch <c>b</c> reads input <c>o*s - p_b + t*d_b</c> for output <c>o</c>. The merged conv pads
/// <c>P = max p_b</c>, so the branch's first tap sits <c>P - p_b</c> into the merged window; the merged dilation is the gcd
/// of every branch's dilation and offset, so every tap lies on its lattice. Zero padding reads zeros beyond the input in
/// both, and reflect, replicate or circular padding map a position beyond the input to the same input value however
/// much is padded, so the merged conv equals the branches at every output position. Merged groups: the gcd of the
/// branches' groups for a sum, 1 for a concat.
/// </remarks>
public sealed partial class BranchMerge
{
    private readonly Conv2dGeometry[] _branches;
    private readonly int[] _rowOffsets;
    private readonly int[] _columnOffsets;

    /// <summary>Merges <paramref name="branches"/> (at least two; an identity as <see cref="IdentityGeometry"/>).</summary>
    /// <exception cref="ArgumentException">Fewer than two branches, or branches that do not fit one conv (see <see cref="Check"/>).</exception>
    public BranchMerge(BranchKind kind, IReadOnlyList<Conv2dGeometry> branches)
    {
        if (branches is null) throw new ArgumentNullException(nameof(branches));
        if (branches.Count < 2)
            throw new ArgumentException($"A {kind} needs at least 2 branches but got {branches.Count}", nameof(branches));
        _branches = new Conv2dGeometry[branches.Count];
        for (var i = 0; i < _branches.Length; i++)
            _branches[i] = branches[i] ?? throw new ArgumentNullException(nameof(branches), $"branches[{i}] is null");
        var problems = Check(kind, _branches);
        if (problems.Count > 0) throw new ArgumentException(problems[0].Message, nameof(branches));

        Kind = kind;
        var rows = Axis(_branches, vertical: true);
        var columns = Axis(_branches, vertical: false);
        _rowOffsets = rows.Offsets;
        _columnOffsets = columns.Offsets;
        Geometry = MergedGeometry(kind, _branches, rows, columns)
                   ?? throw new ArgumentException("The merged conv has no valid geometry", nameof(branches));
        long macs = 0;
        foreach (var branch in _branches) macs += branch.MultiplyAdds;
        BranchMultiplyAdds = macs;
    }

    /// <summary>Sum or concat.</summary>
    public BranchKind Kind { get; }

    /// <summary>The branches, in order.</summary>
    public IReadOnlyList<Conv2dGeometry> Branches => _branches;

    /// <summary>The geometry of the single equivalent convolution.</summary>
    public Conv2dGeometry Geometry { get; }

    /// <summary>Multiply-adds of running every branch, for one batch item.</summary>
    public long BranchMultiplyAdds { get; }

    /// <summary>Multiply-adds of the merged conv, for one batch item.</summary>
    public long MergedMultiplyAdds => Geometry.MultiplyAdds;

    /// <summary>The identity branch as a convolution: depthwise 1x1, no bias, weight <see cref="IdentityWeight"/>.</summary>
    public static Conv2dGeometry IdentityGeometry(int channels, int inputHeight, int inputWidth) =>
        new(channels, channels, 1, 1, inputHeight, inputWidth, 1, 1, 0, 0, 1, 1, channels, false, PaddingMode.Zeros);

    /// <summary>The weight of <see cref="IdentityGeometry"/>: one 1 per channel.</summary>
    public static float[] IdentityWeight(int channels)
    {
        var weight = new float[channels];
        for (var i = 0; i < weight.Length; i++) weight[i] = 1f;
        return weight;
    }

    /// <summary>
    /// Lists why <paramref name="branches"/> do not fit one conv: input channels or size, output channels (sum), output
    /// size, stride, padding mode, or taps that no one lattice holds. <paramref name="names"/> name the branches in
    /// messages ("branch 1" by default).
    /// </summary>
    public static IReadOnlyList<BranchProblem> Check(BranchKind kind, IReadOnlyList<Conv2dGeometry> branches, IReadOnlyList<string>? names = null)
    {
        if (branches is null) throw new ArgumentNullException(nameof(branches));
        var problems = new List<BranchProblem>();
        if (branches.Count == 0) return problems;
        string Name(int i) => names is null ? $"branch {i + 1}" : names[i];
        string N(long value) => value.ToString(CultureInfo.InvariantCulture);
        var first = branches[0];
        for (var i = 1; i < branches.Count; i++)
        {
            var b = branches[i];
            void Add(string what) => problems.Add(new BranchProblem(i, $"{Name(i)} {what}"));
            if (b.InChannels != first.InChannels)
                Add($"reads {N(b.InChannels)} input channels but {Name(0)} reads {N(first.InChannels)}");
            if (b.InputHeight != first.InputHeight || b.InputWidth != first.InputWidth)
                Add($"reads a {N(b.InputHeight)}x{N(b.InputWidth)} input but {Name(0)} reads {N(first.InputHeight)}x{N(first.InputWidth)}");
            if (kind == BranchKind.Sum && b.OutChannels != first.OutChannels)
                Add($"produces {N(b.OutChannels)} output channels but {Name(0)} produces {N(first.OutChannels)}: a sum adds outputs of equal shape");
            if (b.StrideHeight != first.StrideHeight || b.StrideWidth != first.StrideWidth)
                Add($"has stride {N(b.StrideHeight)}x{N(b.StrideWidth)} but {Name(0)} has {N(first.StrideHeight)}x{N(first.StrideWidth)}");
            else if (b.OutputHeight != first.OutputHeight || b.OutputWidth != first.OutputWidth)
                Add($"produces a {N(b.OutputHeight)}x{N(b.OutputWidth)} output but {Name(0)} produces {N(first.OutputHeight)}x{N(first.OutputWidth)}");
        }

        if (problems.Count > 0) return problems;

        var padder = -1;
        for (var i = 0; i < branches.Count; i++)
        {
            if (branches[i].PaddingHeight == 0 && branches[i].PaddingWidth == 0) continue;
            if (padder < 0) padder = i;
            else if (branches[i].PaddingMode != branches[padder].PaddingMode)
                problems.Add(new BranchProblem(i, $"{Name(i)} pads with {branches[i].PaddingMode} but {Name(padder)} with {branches[padder].PaddingMode}: one conv pads one way"));
        }

        foreach (var vertical in new[] { true, false })
        {
            var axis = Axis(branches, vertical);
            var merged = Conv2dGeometry.OutputSize(vertical ? first.InputHeight : first.InputWidth, axis.Kernel,
                vertical ? first.StrideHeight : first.StrideWidth, axis.Padding, axis.Dilation);
            var expected = vertical ? first.OutputHeight : first.OutputWidth;
            if (merged == expected) continue;
            // Centred windows always line up: the branch whose window is furthest off the merged window's centre is at fault.
            var culprit = 0;
            var worst = -1L;
            for (var i = 0; i < branches.Count; i++)
            {
                var off = Math.Abs(2L * axis.Offsets[i] + Extent(branches[i], vertical) - (axis.Kernel - 1L) * axis.Dilation);
                if (off > worst) (culprit, worst) = (i, off);
            }

            var g = branches[culprit];
            var (k, p, d) = vertical ? (g.KernelHeight, g.PaddingHeight, g.DilationHeight) : (g.KernelWidth, g.PaddingWidth, g.DilationWidth);
            problems.Add(new BranchProblem(culprit,
                $"{Name(culprit)} places its {(vertical ? "rows" : "columns")} of taps at offsets {N(-p)} to {N(-p + (k - 1L) * d)} from each output's origin, " +
                $"which do not line up with the other branches around one centre: one {N(axis.Kernel)}-tap window with padding {N(axis.Padding)} " +
                $"gives {N(merged)} outputs where the branches give {N(expected)}"));
        }

        return problems;
    }

    private static long Extent(Conv2dGeometry g, bool vertical) =>
        vertical ? (g.KernelHeight - 1L) * g.DilationHeight : (g.KernelWidth - 1L) * g.DilationWidth;

    private readonly struct AxisMerge
    {
        public AxisMerge(int kernel, int padding, int dilation, int[] offsets)
        {
            Kernel = kernel;
            Padding = padding;
            Dilation = dilation;
            Offsets = offsets;
        }

        public int Kernel { get; }
        public int Padding { get; }
        public int Dilation { get; }

        /// <summary>Where each branch's first tap sits in the merged window, in input positions.</summary>
        public int[] Offsets { get; }
    }

    private static AxisMerge Axis(IReadOnlyList<Conv2dGeometry> branches, bool vertical)
    {
        var padding = 0;
        foreach (var b in branches) padding = Math.Max(padding, vertical ? b.PaddingHeight : b.PaddingWidth);
        var offsets = new int[branches.Count];
        long dilation = 0, end = 0;
        for (var i = 0; i < branches.Count; i++)
        {
            var b = branches[i];
            var (k, p, d) = vertical ? (b.KernelHeight, b.PaddingHeight, b.DilationHeight) : (b.KernelWidth, b.PaddingWidth, b.DilationWidth);
            offsets[i] = padding - p;
            if (k > 1) dilation = Gcd(dilation, d);
            dilation = Gcd(dilation, offsets[i]);
            end = Math.Max(end, offsets[i] + (k - 1L) * d);
        }

        if (dilation == 0) dilation = 1;
        var kernel = end / dilation + 1;
        return new AxisMerge((int)Math.Min(kernel, int.MaxValue), padding, (int)dilation, offsets);
    }

    private static Conv2dGeometry? MergedGeometry(BranchKind kind, Conv2dGeometry[] branches, AxisMerge rows, AxisMerge columns)
    {
        var first = branches[0];
        var groups = kind == BranchKind.Sum ? first.Groups : 1;
        var outChannels = 0L;
        var bias = false;
        var mode = PaddingMode.Zeros;
        var modeSet = false;
        foreach (var b in branches)
        {
            if (kind == BranchKind.Sum) groups = (int)Gcd(groups, b.Groups);
            outChannels += kind == BranchKind.Sum ? 0 : b.OutChannels;
            bias |= b.HasBias;
            if (!modeSet && (b.PaddingHeight > 0 || b.PaddingWidth > 0))
            {
                mode = b.PaddingMode;
                modeSet = true;
            }
        }

        if (kind == BranchKind.Sum) outChannels = first.OutChannels;
        if (outChannels > int.MaxValue) return null;
        var problems = Conv2dGeometry.Validate(first.InChannels, (int)outChannels, rows.Kernel, columns.Kernel, first.InputHeight, first.InputWidth,
            first.StrideHeight, first.StrideWidth, rows.Padding, columns.Padding, rows.Dilation, columns.Dilation, groups, mode);
        if (problems.Count > 0) return null;
        return new Conv2dGeometry(first.InChannels, (int)outChannels, rows.Kernel, columns.Kernel, first.InputHeight, first.InputWidth,
            first.StrideHeight, first.StrideWidth, rows.Padding, columns.Padding, rows.Dilation, columns.Dilation, groups, bias, mode);
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
}
