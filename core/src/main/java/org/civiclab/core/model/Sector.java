package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The sector an organisation belongs to; a reflection meeting brings all five together. */
@API(status = STABLE, since = "0.1.0")
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
