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
    /// Checks a forward call's spans and returns the batch size: <paramref name="inputActual"/> must be a
    /// positive multiple of <paramref name="inputLength"/>, <paramref name="outputActual"/> that many times
    /// <paramref name="outputLength"/>.
    /// </summary>
    public static int RequireBatch(string owner, int inputLength, int outputLength, int inputActual, int outputActual)
    {
        if (inputActual == 0 || inputActual % inputLength != 0)
            throw new ArgumentException(
                $"{owner}: input must have a length that is a positive multiple of {inputLength} (InputLength) but has length {inputActual}", "input");
        var batch = inputActual / inputLength;
        if (outputActual != batch * outputLength)
            throw new ArgumentException(
                $"{owner}: output must have length {batch * outputLength} ({batch} x OutputLength {outputLength}) but has length {outputActual}", "output");
        return batch;
    }
}
