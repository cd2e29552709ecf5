namespace Conv;

/// <summary>Where a padded coordinate reads from, per padding mode.</summary>
public static class PaddedIndex
{
    /// <summary>
    /// Maps <paramref name="index"/>, a coordinate in the padded input (0 is the first real row),
    /// to the real row it reads, or -1 when it reads a zero.
    /// </summary>
    public static int Map(PaddingMode mode, int index, int size)
    {
        if ((uint)index < (uint)size) return index;
        switch (mode)
        {
            case PaddingMode.Reflect:
                // One reflection suffices: validation keeps padding below the size.
                return index < 0 ? -index : 2 * (size - 1) - index;
            case PaddingMode.Replicate:
                return index < 0 ? 0 : size - 1;
            case PaddingMode.Circular:
                return ((index % size) + size) % size;
            default:
                return -1;
        }
    }
}
