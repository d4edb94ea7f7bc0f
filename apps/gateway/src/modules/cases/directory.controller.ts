import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { z } from 'zod';
import { Public } from '@layanan/auth/server';
import { Agency } from './entities/agency.entity';
import { Category } from './entities/category.entity';

const categoriesQuery = z.strictObject({ service: z.enum(['lorong', 'madul', 'sehat']).optional() });

/** The agencies (OPD) and case categories residents choose from. */
@ApiTags('cases')
@Controller('api')
export class DirectoryController {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    @InjectRepository(Category) private readonly categories: Repository<Category>,
  ) {}

  @Get('agencies')
  @Public()
  @ApiOperation({ summary: 'Agencies (OPD) that answer cases' })
  listAgencies() {
    return this.agencies.find({ where: { active: true }, order: { name: 'ASC' } });
  }

  @Get('categories')
  @Public()
  @ApiOperation({ summary: 'Case categories, optionally of one service' })
  listCategories(@Query({ schema: categoriesQuery }) query: z.infer<typeof categoriesQuery>) {
    return this.categories.find({
      where: { active: true, ...(query.service ? { service: query.service } : {}) },
      order: { service: 'ASC', code: 'ASC' },
    });
  }
}
