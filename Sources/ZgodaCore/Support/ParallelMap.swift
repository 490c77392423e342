import Foundation

/// A map over indices on all cores, for the bulk paths (an import of 100k rows, its records):
/// the indices are cut into contiguous ranges, one task per range, and each result is written
/// in place, so the output is in index order with no merging. Below `from` elements it runs on
/// the calling thread, so that small inputs do not pay for starting threads.
enum ParallelMap {
    /// `element(i, random)` for every `i` in `0..<count`. Each range has random bytes of its
    /// own (`RandomBytes` is not shared between threads), made only if taken from.
    /// `element` must be safe to run on several threads at once: it may read shared values,
    /// never change them.
    static func map<T>(_ count: Int, from: Int, _ element: (Int, RandomBytes) -> T) -> [T] {
        map(count, from: from, ranges: max(1, min(count / 256, ProcessInfo.processInfo.activeProcessorCount * 4)), element)
    }

    private static func map<T>(_ count: Int, from: Int, ranges: Int, _ element: (Int, RandomBytes) -> T) -> [T] {
        if count == 0 { return [] }
        let ranges = count < from ? 1 : ranges
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = Output(base: buffer.baseAddress!)
            withoutActuallyEscaping(element) { element in
                let work = Work(element: element)
                let run: @Sendable (Int) -> Void = { range in
                    let lo = count * range / ranges, hi = count * (range + 1) / ranges
                    let random = RandomBytes(expected: 12 * (hi - lo))
                    for i in lo..<hi { (output.base + i).initialize(to: work.element(i, random)) }
                }
                if ranges == 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: ranges, execute: run) }
            }
            initialized = count
        }
    }

    // Safe to share between the ranges: each writes only its own part of the output, and the
    // element function only reads what it was given.
    private struct Output<T>: @unchecked Sendable { let base: UnsafeMutablePointer<T> }
    private struct Work<T>: @unchecked Sendable { let element: (Int, RandomBytes) -> T }

    /// `element(i)` for each of a few large pieces of work, one thread each.
    static func each<T>(_ count: Int, _ element: (Int) -> T) -> [T] {
        map(count, from: 0, ranges: count) { i, _ in element(i) }
    }
}
