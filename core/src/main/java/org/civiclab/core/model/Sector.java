package org.civiclab.core.model;

/** The sector an organisation belongs to; a reflection meeting brings all five together. */
public enum Sector {
  /** Associations, NGOs, community groups and activists. */
  CIVIL_SOCIETY,
  /** Ministries, agencies, municipalities and other public bodies. */
  GOVERNMENT,
  /** Companies and business associations. */
  PRIVATE,
  /** Newspapers, broadcasters and online media. */
  MEDIA,
  /** Universities and research institutes. */
  ACADEMIA
}
