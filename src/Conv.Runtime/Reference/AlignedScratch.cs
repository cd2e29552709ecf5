using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Conv;

/// <summary>
/// Scratch buffers placed on cache-line boundaries, for generated kernels whose copies into the buffer store whole
/// 512-bit vectors: a store that straddles two cache lines costs about twice one that does not. Public because
/// generated layer code calls it.
/// </summary>
public static class AlignedScratch
{
    /// <summary>The boundary <see cref="Get"/> places an element on, in floats: 64 bytes, one cache line and one 512-bit vector.</summary>
    public const int AlignmentInFloats = 16;

    /// <summary>
    /// The first element of a scratch buffer of <paramref name="length"/> floats inside <paramref name="array"/>, placed
    /// so that the buffer's element <paramref name="alignedIndex"/> starts a 64-byte boundary. The array is allocated on
    /// first use (or when it is too short), zeroed, and reused after that; on .NET it is allocated pinned, so the
    /// placement, and with it whatever the caller left in the buffer, is the same at every call. Where the runtime cannot
    /// pin (the netstandard2.0 build) the buffer starts at the array's first element and is not aligned.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative or leaves no room for the
    /// placement in an array, or <paramref name="alignedIndex"/> is negative.</exception>
    public static ref float Get(ref float[]? array, int length, int alignedIndex)
    {
        if (length < 0 || length > MaxLength)
            throw new ArgumentOutOfRangeException(nameof(length), length, $"length must be between 0 and {MaxLength}");
        if (alignedIndex < 0)
            throw new ArgumentOutOfRangeException(nameof(alignedIndex), alignedIndex, "alignedIndex must not be negative");
        var room = length + AlignmentInFloats - 1;
        if (array is null || array.Length < room) array = Allocate(room);
        return ref Unsafe.Add(ref MemoryMarshal.GetReference(array.AsSpan()), Offset(array, alignedIndex));
    }

    // The largest buffer whose placement room still fits an array.
    private const int MaxLength = Conv2dGeometry.MaxLength - (AlignmentInFloats - 1);

#if NET5_0_OR_GREATER
    // The pinned object heap never moves an array, so its address, and the offset computed from it, stays put.
    private static float[] Allocate(int length) => GC.AllocateArray<float>(length, pinned: true);

    private static int Offset(float[] array, int alignedIndex)
    {
        // The address of the array's first element, as a number: a byte offset from the null reference.
        var address = (nuint)Unsafe.ByteOffset(ref Unsafe.NullRef<float>(), ref MemoryMarshal.GetArrayDataReference(array));
        var misplaced = (int)((address / sizeof(float) + (nuint)alignedIndex) % AlignmentInFloats);
        return (AlignmentInFloats - misplaced) % AlignmentInFloats;
    }
#else
    private static float[] Allocate(int length) => new float[length];

    // An array that may move between calls has no placement that lasts: the buffer starts where the array does.
    private static int Offset(float[] array, int alignedIndex) => 0;
#endif
}
