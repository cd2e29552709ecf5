using System;

namespace Conv;

/// <summary>
/// The length checks every convolution entry point makes, with messages that name the parameter and the
/// expected and actual lengths. Public so that generated layer code throws the same messages.
/// </summary>
public static class Lengths
{
    /// <summary>Checks that <paramref name="actual"/> is <paramref name="expected"/>.</summary>
    public static void Require(string owner, string parameter, int expected, int actual)
    {
        if (actual != expected)
            throw new ArgumentException($"{owner}: {parameter} must have length {expected} but has length {actual}", parameter);
    }

    /// <summary>
    /// Checks a bias span: empty (a zero bias) or <paramref name="biasLength"/> values when the layer has a
    /// bias, empty when it has none.
    /// </summary>
    public static void RequireBias(string owner, string parameter, bool hasBias, int biasLength, int actual)
    {
        if (hasBias && actual != 0 && actual != biasLength)
            throw new ArgumentException($"{owner}: {parameter} must have length {biasLength} (or 0 for a zero bias) but has length {actual}", parameter);
        if (!hasBias && actual != 0)
            throw new ArgumentException($"{owner}: {parameter} must be empty because the layer has no bias, but has length {actual}", parameter);
    }

    /// <summary>
    /// The checks of a call that turns one kernel per part (a layer of a chain, a branch) into the kernel of
    /// <paramref name="result"/>: one weight and one bias array per part, each of its part's length, and the output
    /// spans of the result's lengths. <paramref name="part"/> names a part in the message ("layer", "branch").
    /// </summary>
    internal static void RequireKernels(string owner, Conv2dGeometry[] parts, string part, System.Collections.Generic.IReadOnlyList<float[]> weights,
        System.Collections.Generic.IReadOnlyList<float[]?> biases, Conv2dGeometry result, int weightLength, int biasLength)
    {
        if (weights is null) throw new ArgumentNullException(nameof(weights));
        if (biases is null) throw new ArgumentNullException(nameof(biases));
        if (weights.Count != parts.Length)
            throw new ArgumentException($"{owner}: weights must have {parts.Length} entries (one per {part}) but has {weights.Count}", nameof(weights));
        if (biases.Count != parts.Length)
            throw new ArgumentException($"{owner}: biases must have {parts.Length} entries (one per {part}) but has {biases.Count}", nameof(biases));
        for (var i = 0; i < parts.Length; i++)
        {
            Require(owner, $"weights[{i}]", parts[i].WeightLength, weights[i]?.Length ?? 0);
            RequireBias(owner, $"biases[{i}]", parts[i].HasBias, parts[i].BiasLength, biases[i]?.Length ?? 0);
        }

        Require(owner, "weight", result.WeightLength, weightLength);
        Require(owner, "bias", result.BiasLength, biasLength);
    }

    /// <summary>
    /// Checks a forward call's spans and returns the batch size: <paramref name="inputActual"/> must be a
    /// positive multiple of <paramref name="inputLength"/>, <paramref name="outputActual"/> that many times
    /// <paramref name="outputLength"/> (compared without overflow).
    /// </summary>
    public static int RequireBatch(string owner, int inputLength, int outputLength, int inputActual, int outputActual)
    {
        var batch = Batch(owner, inputLength, inputActual);
        var expected = (long)batch * outputLength;
        if (outputActual != expected)
            throw new ArgumentException(Invariant(
                $"{owner}: output must have length {expected} ({batch} x OutputLength {outputLength}) but has length {outputActual}"), "output");
        return batch;
    }

    /// <summary>
    /// The output length of a forward call on <paramref name="inputActual"/> values: the batch size times
    /// <paramref name="outputLength"/>, checked to be a length an array can have.
    /// </summary>
    public static int RequireOutputLength(string owner, int inputLength, int outputLength, int inputActual)
    {
        var batch = Batch(owner, inputLength, inputActual);
        var expected = (long)batch * outputLength;
        if (expected > Conv2dGeometry.MaxLength)
            throw new ArgumentException(Invariant(
                $"{owner}: input of length {inputActual} is a batch of {batch}, whose output would need {expected} values ({batch} x OutputLength {outputLength}), more than an array holds ({Conv2dGeometry.MaxLength})"), "input");
        return (int)expected;
    }

    /// <summary>
    /// Checks that <paramref name="input"/> and <paramref name="output"/> share no memory: the output is written
    /// while the input is still being read, so an overlap would give a wrong answer.
    /// </summary>
    public static void RequireDisjoint(string owner, ReadOnlySpan<float> input, ReadOnlySpan<float> output)
    {
        if (input.Overlaps(output))
            throw new ArgumentException(
                $"{owner}: input and output overlap; the output is written while the input is still read, so pass an output that shares no memory with the input", "output");
    }

    private static int Batch(string owner, int inputLength, int inputActual)
    {
        if (inputLength <= 0)
            throw new ArgumentOutOfRangeException(nameof(inputLength), inputLength, $"{owner}: InputLength must be positive");
        if (inputActual == 0 || inputActual % inputLength != 0)
            throw new ArgumentException(Invariant(
                $"{owner}: input must have a length that is a positive multiple of {inputLength} (InputLength) but has length {inputActual}"), "input");
        return inputActual / inputLength;
    }

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
