package org.osteomet.anatomy;

/**
 * Region of the valveless vertebral venous (Batson) plexus that drains a bone or a primary organ
 * (Batson 1940, Ann Surg 112:138). NONE for bones and organs with no plexus connection.
 */
public enum SpinalRegion {
    NONE,
    CERVICAL,
    THORACIC,
    LUMBOSACRAL
}
