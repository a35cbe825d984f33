// The library's errors are defined with the utilities every floor shares; users of `Precis` see
// them as part of this module.
@_exported import struct PrecisSupport.PrecisError
