/**
 * Shared kernel: value types every module uses (credit codes, region codes), the base business
 * exception with its stable error code, and small validation helpers. Open to all modules; holds no state.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.qualitymonth.shared;
