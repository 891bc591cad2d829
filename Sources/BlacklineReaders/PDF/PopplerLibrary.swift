import CPoppler

/// The poppler-glib this build links. The PDF reader proper lives beside this file; it is the
/// only place that imports CPoppler.
public enum PopplerLibrary {
    public static var version: String {
        guard let version = poppler_get_version() else { return "unknown" }
        return String(cString: version)
    }
}
