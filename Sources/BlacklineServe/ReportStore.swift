import Foundation

/// The downloads of the last few comparisons (HTML, CSV, JSON), in memory only, so the page's
/// links work after the uploads are deleted. The oldest goes when `capacity` is reached.
actor ReportStore {
    struct Downloads: Sendable {
        var html: String
        var csv: String
        var json: String
    }

    /// A negotiator compares a handful of versions in a sitting; each report is a few MB at most.
    static let capacity = 16

    private var reports: [(id: String, downloads: Downloads)] = []

    func add(_ downloads: Downloads) -> String {
        let id = UUID().uuidString.lowercased()
        reports.append((id, downloads))
        if reports.count > Self.capacity { reports.removeFirst(reports.count - Self.capacity) }
        return id
    }

    func downloads(_ id: String) -> Downloads? {
        reports.first { $0.id == id }?.downloads
    }
}
