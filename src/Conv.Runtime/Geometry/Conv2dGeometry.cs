using System;
using System.Collections.Generic;

namespace Conv;

/// <summary>
/// The shape of one 2-D convolution, as PyTorch's <c>nn.Conv2d</c> takes it plus the fixed input size,
/// with the output size computed. Immutable; always valid (the constructor rejects impossible sizes).
/// </summary>
public sealed class Conv2dGeometry : IEquatable<Conv2dGeometry>
{
    /// <summary>Creates and validates a geometry.</summary>
    /// <exception cref="ArgumentException">The sizes are impossible; the message says which numbers and why.</exception>
    public Conv2dGeometry(
        int inChannels,
        int outChannels,
        int kernelHeight,
        int kernelWidth,
        int inputHeight,
        int inputWidth,
        int strideHeight = 1,
        int strideWidth = 1,
        int paddingHeight = 0,
        int paddingWidth = 0,
        int dilationHeight = 1,
        int dilationWidth = 1,
        int groups = 1,
        bool hasBias = true,
        PaddingMode paddingMode = PaddingMode.Zeros)
    {
        var problems = Validate(inChannels, outChannels, kernelHeight, kernelWidth, inputHeight, inputWidth,
            strideHeight, strideWidth, paddingHeight, paddingWidth, dilationHeight, dilationWidth, groups, paddingMode);
        if (problems.Count > 0)
        {
            var messages = new string[problems.Count];
            for (var i = 0; i < messages.Length; i++) messages[i] = problems[i].Message;
            throw new ArgumentException("Impossible convolution geometry: " + string.Join("; ", messages), problems[0].Parameter);
        }

        InChannels = inChannels;
        OutChannels = outChannels;
        KernelHeight = kernelHeight;
        KernelWidth = kernelWidth;
        InputHeight = inputHeight;
        InputWidth = inputWidth;
        StrideHeight = strideHeight;
        StrideWidth = strideWidth;
        PaddingHeight = paddingHeight;
        PaddingWidth = paddingWidth;
        DilationHeight = dilationHeight;
        DilationWidth = dilationWidth;
        Groups = groups;
        HasBias = hasBias;
        PaddingMode = paddingMode;
        OutputHeight = OutputSize(inputHeight, kernelHeight, strideHeight, paddingHeight, dilationHeight);
        OutputWidth = OutputSize(inputWidth, kernelWidth, strideWidth, paddingWidth, dilationWidth);
    }

    /// <summary>
    /// The most values one length of a valid geometry may have: what a .NET array can hold
    /// (<c>Array.MaxLength</c>), so that every length and every index of one batch item fits an <see cref="int"/>.
    /// </summary>
    public const int MaxLength = 0x7FFFFFC7;

    /// <summary>Input channels.</summary>
    public int InChannels { get; }

    /// <summary>Output channels.</summary>
    public int OutChannels { get; }

    /// <summary>Kernel rows.</summary>
    public int KernelHeight { get; }

    /// <summary>Kernel columns.</summary>
    public int KernelWidth { get; }

    /// <summary>Input rows.</summary>
    public int InputHeight { get; }

    /// <summary>Input columns.</summary>
    public int InputWidth { get; }

    /// <summary>Vertical stride.</summary>
    public int StrideHeight { get; }

    /// <summary>Horizontal stride.</summary>
    public int StrideWidth { get; }

    /// <summary>Rows of padding on the top and on the bottom.</summary>
    public int PaddingHeight { get; }

    /// <summary>Columns of padding on the left and on the right.</summary>
    public int PaddingWidth { get; }

    /// <summary>Vertical dilation.</summary>
    public int DilationHeight { get; }

    /// <summary>Horizontal dilation.</summary>
    public int DilationWidth { get; }

    /// <summary>Channel groups.</summary>
    public int Groups { get; }

    /// <summary>Whether the layer adds a bias.</summary>
    public bool HasBias { get; }

    /// <summary>How the padded border is filled.</summary>
    public PaddingMode PaddingMode { get; }

    /// <summary>Output rows.</summary>
    public int OutputHeight { get; }

    /// <summary>Output columns.</summary>
    public int OutputWidth { get; }

    /// <summary>Input channels each output channel reads: <c>InChannels / Groups</c>.</summary>
    public int InChannelsPerGroup => InChannels / Groups;

    /// <summary>Output channels of each group: <c>OutChannels / Groups</c>.</summary>
    public int OutChannelsPerGroup => OutChannels / Groups;

    /// <summary>Values in one batch item of the input: <c>InChannels * InputHeight * InputWidth</c>.</summary>
    public int InputLength => InChannels * InputHeight * InputWidth;

    /// <summary>Values in one batch item of the output: <c>OutChannels * OutputHeight * OutputWidth</c>.</summary>
    public int OutputLength => OutChannels * OutputHeight * OutputWidth;

    /// <summary>Values in the OIHW weight: <c>OutChannels * (InChannels / Groups) * KernelHeight * KernelWidth</c>.</summary>
    public int WeightLength => OutChannels * InChannelsPerGroup * KernelHeight * KernelWidth;

    /// <summary>Values in the bias: <c>OutChannels</c>, or 0 without bias.</summary>
    public int BiasLength => HasBias ? OutChannels : 0;

    /// <summary>Multiply-adds for one batch item.</summary>
    public long MultiplyAdds => (long)WeightLength * OutputHeight * OutputWidth;

    /// <summary>PyTorch's output size along one axis: <c>floor((size + 2 padding - dilation (kernel - 1) - 1) / stride) + 1</c>.</summary>
    /// <remarks>Computed without overflow; a result outside <see cref="int"/> saturates, which <see cref="Validate"/> reports as impossible.</remarks>
    public static int OutputSize(int inputSize, int kernel, int stride, int padding, int dilation) =>
        (int)Math.Max(int.MinValue, Math.Min(int.MaxValue, LongOutputSize(inputSize, kernel, stride, padding, dilation)));

    // Every term fits a long for any int arguments: |size + 2 padding| < 2^33, |dilation (kernel - 1)| < 2^62.
    private static long LongOutputSize(long inputSize, long kernel, long stride, long padding, long dilation) =>
        stride <= 0 ? 0 : FloorDiv(inputSize + 2 * padding - dilation * (kernel - 1) - 1, stride) + 1;

    /// <summary>Lists every reason the given sizes are impossible; empty when they are valid.</summary>
    public static IReadOnlyList<GeometryProblem> Validate(
        int inChannels,
        int outChannels,
        int kernelHeight,
        int kernelWidth,
        int inputHeight,
        int inputWidth,
        int strideHeight = 1,
        int strideWidth = 1,
        int paddingHeight = 0,
        int paddingWidth = 0,
        int dilationHeight = 1,
        int dilationWidth = 1,
        int groups = 1,
        PaddingMode paddingMode = PaddingMode.Zeros)
    {
        var problems = new List<GeometryProblem>();
        Positive(problems, nameof(inChannels), inChannels);
        Positive(problems, nameof(outChannels), outChannels);
        Positive(problems, nameof(kernelHeight), kernelHeight);
        Positive(problems, nameof(kernelWidth), kernelWidth);
        Positive(problems, nameof(inputHeight), inputHeight);
        Positive(problems, nameof(inputWidth), inputWidth);
        Positive(problems, nameof(strideHeight), strideHeight);
        Positive(problems, nameof(strideWidth), strideWidth);
        Positive(problems, nameof(dilationHeight), dilationHeight);
        Positive(problems, nameof(dilationWidth), dilationWidth);
        Positive(problems, nameof(groups), groups);
        NotNegative(problems, nameof(paddingHeight), paddingHeight);
        NotNegative(problems, nameof(paddingWidth), paddingWidth);
        if (paddingMode < PaddingMode.Zeros || paddingMode > PaddingMode.Circular)
            problems.Add(new GeometryProblem(nameof(paddingMode), Invariant($"paddingMode {(int)paddingMode} is not a PaddingMode")));
        if (problems.Count > 0) return problems;

        if (inChannels % groups != 0)
            problems.Add(new GeometryProblem(nameof(groups), Invariant($"inChannels {inChannels} is not divisible by groups {groups}")));
        if (outChannels % groups != 0)
            problems.Add(new GeometryProblem(nameof(groups), Invariant($"outChannels {outChannels} is not divisible by groups {groups}")));

        PaddingFits(problems, paddingMode, "paddingHeight", paddingHeight, "inputHeight", inputHeight);
        PaddingFits(problems, paddingMode, "paddingWidth", paddingWidth, "inputWidth", inputWidth);

        var outputHeight = LongOutputSize(inputHeight, kernelHeight, strideHeight, paddingHeight, dilationHeight);
        var outputWidth = LongOutputSize(inputWidth, kernelWidth, strideWidth, paddingWidth, dilationWidth);
        if (outputHeight < 1)
            problems.Add(new GeometryProblem(nameof(kernelHeight), Invariant(
                $"the output would have {outputHeight} rows: inputHeight {inputHeight} plus 2 x paddingHeight {paddingHeight} is less than the dilated kernel height {(long)dilationHeight * (kernelHeight - 1) + 1}")));
        if (outputWidth < 1)
            problems.Add(new GeometryProblem(nameof(kernelWidth), Invariant(
                $"the output would have {outputWidth} columns: inputWidth {inputWidth} plus 2 x paddingWidth {paddingWidth} is less than the dilated kernel width {(long)dilationWidth * (kernelWidth - 1) + 1}")));
        if (problems.Count > 0) return problems;

        FitsArray(problems, nameof(inChannels), "InputLength (inChannels x inputHeight x inputWidth)", inChannels, inputHeight, inputWidth);
        FitsArray(problems, nameof(outChannels), "OutputLength (outChannels x outputHeight x outputWidth)", outChannels, outputHeight, outputWidth);
        FitsArray(problems, nameof(outChannels), "WeightLength (outChannels x inChannels / groups x kernelHeight x kernelWidth)",
            outChannels, inChannels / groups, kernelHeight, kernelWidth);
        // Forward reads the border from a padded copy of one channel group, its rows and columns split into stride phases.
        var paddedHeight = inputHeight + 2L * paddingHeight;
        if (outputHeight > 1) paddedHeight = (paddedHeight + strideHeight - 1) / strideHeight * strideHeight;
        var paddedWidth = inputWidth + 2L * paddingWidth;
        if (outputWidth > 1) paddedWidth = (paddedWidth + strideWidth - 1) / strideWidth * strideWidth;
        FitsArray(problems, paddingHeight >= paddingWidth ? nameof(paddingHeight) : nameof(paddingWidth),
            "the padded input of one channel group (inChannels / groups x (inputHeight + 2 x paddingHeight) x (inputWidth + 2 x paddingWidth))",
            inChannels / groups, paddedHeight, paddedWidth);
        return problems;
    }

    // Products of ints (and of the long sizes above) compared exactly with what an array holds.
    private static void FitsArray(List<GeometryProblem> problems, string parameter, string what, params long[] factors)
    {
        var product = System.Numerics.BigInteger.One;
        foreach (var factor in factors) product *= factor;
        if (product <= MaxLength) return;
        problems.Add(new GeometryProblem(parameter, Invariant(
            $"{what} would be {product} values, more than an array holds ({MaxLength})")));
    }

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Positive(List<GeometryProblem> problems, string name, int value)
    {
        if (value < 1) problems.Add(new GeometryProblem(name, Invariant($"{name} must be positive but is {value}")));
    }

    private static void NotNegative(List<GeometryProblem> problems, string name, int value)
    {
        if (value < 0) problems.Add(new GeometryProblem(name, Invariant($"{name} must not be negative but is {value}")));
    }

    private static void PaddingFits(List<GeometryProblem> problems, PaddingMode mode, string padding, int value, string size, int sizeValue)
    {
        if (mode == PaddingMode.Reflect && value >= sizeValue)
            problems.Add(new GeometryProblem(padding, Invariant($"reflect padding needs {padding} < {size}, but {padding} is {value} and {size} is {sizeValue}")));
        if (mode == PaddingMode.Circular && value > sizeValue)
            problems.Add(new GeometryProblem(padding, Invariant($"circular padding needs {padding} <= {size}, but {padding} is {value} and {size} is {sizeValue}")));
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    /// <inheritdoc />
    public bool Equals(Conv2dGeometry? other) =>
        other is not null
        && InChannels == other.InChannels && OutChannels == other.OutChannels
        && KernelHeight == other.KernelHeight && KernelWidth == other.KernelWidth
        && InputHeight == other.InputHeight && InputWidth == other.InputWidth
        && StrideHeight == other.StrideHeight && StrideWidth == other.StrideWidth
        && PaddingHeight == other.PaddingHeight && PaddingWidth == other.PaddingWidth
        && DilationHeight == other.DilationHeight && DilationWidth == other.DilationWidth
        && Groups == other.Groups && HasBias == other.HasBias && PaddingMode == other.PaddingMode;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Conv2dGeometry);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var value in new[]
                 {
                     InChannels, OutChannels, KernelHeight, KernelWidth, InputHeight, InputWidth, StrideHeight, StrideWidth,
                     PaddingHeight, PaddingWidth, DilationHeight, DilationWidth, Groups, HasBias ? 1 : 0, (int)PaddingMode,
                 })
        {
            hash = hash * 31 + value;
        }

        return hash;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Conv2d({InChannels}->{OutChannels}, kernel {KernelHeight}x{KernelWidth}, stride {StrideHeight}x{StrideWidth}, " +
        $"padding {PaddingHeight}x{PaddingWidth} {PaddingMode}, dilation {DilationHeight}x{DilationWidth}, groups {Groups}, " +
        $"{(HasBias ? "bias" : "no bias")}, input {InputHeight}x{InputWidth} -> output {OutputHeight}x{OutputWidth})";
}
